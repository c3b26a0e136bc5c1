package nl.koploper.cohort.gemeente;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.PageView;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Registers gemeenten and changes them; each change is one versioned write of the gemeente with its event. */
@Service
class GemeenteService {

    private final GemeenteStore store;
    private final Clock clock;

    GemeenteService(GemeenteStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Gemeente register(TenantId slug, GemeenteDetails details) {
        try {
            return store.insert(Gemeente.register(slug, details, now()));
        } catch (DuplicateKeyException e) {
            throw new RuleViolationException(Gemeente.RULE_ALREADY_REGISTERED,
                    "Gemeente '" + slug + "' is registered already; change it with PUT /api/gemeenten/" + slug);
        }
    }

    PageView<GemeenteView> list(int page, int size) {
        return PageView.of(store.page(page, size).stream().map(GemeenteView::of).toList(), page, size, store.count());
    }

    Gemeente get(String slug) {
        return store.get(slug);
    }

    Gemeente change(String slug, Long expectedVersion, GemeenteDetails details) {
        return store.change(slug, expectedVersion, gemeente -> {
            gemeente.change(details, now());
            return gemeente;
        });
    }

    Gemeente deactivate(String slug, Long expectedVersion) {
        return store.change(slug, expectedVersion, gemeente -> {
            gemeente.deactivate(now());
            return gemeente;
        });
    }

    Gemeente reactivate(String slug, Long expectedVersion) {
        return store.change(slug, expectedVersion, gemeente -> {
            gemeente.reactivate(now());
            return gemeente;
        });
    }

    // Millisecond precision: what MongoDB keeps, so a reloaded gemeente shows the time its event carries.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
