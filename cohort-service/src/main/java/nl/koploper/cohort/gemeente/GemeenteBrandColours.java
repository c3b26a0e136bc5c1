package nl.koploper.cohort.gemeente;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A gemeente's house colour for the public registration read, taken from the registry this service owns. The colour is
 * not in the published {@code GemeenteProfile} (no other service shows it yet), so it comes from here rather than from
 * the registry copy that name and logo come from.
 */
@Component
public class GemeenteBrandColours {

    private final GemeenteStore store;

    GemeenteBrandColours(GemeenteStore store) {
        this.store = store;
    }

    /** {@code #RRGGBB} in upper case, or empty when the gemeente has none (or is not in the registry). */
    public Optional<String> of(String slug) {
        return store.find(slug).map(gemeente -> gemeente.details().brandColour());
    }
}
