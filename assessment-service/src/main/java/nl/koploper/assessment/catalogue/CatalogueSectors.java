package nl.koploper.assessment.catalogue;

import java.util.regex.Pattern;
import nl.koploper.platform.sbi.SbiSector;

/** How a recommendation names the sectors it suits: {@code *}, an SBI section letter or a 2-digit SBI division. */
final class CatalogueSectors {

    /** A catalogue's sector entry: {@code *}, a section letter or a 2-digit division. */
    static final Pattern ENTRY = Pattern.compile("\\*|[A-U]|(0[1-9]|[1-9][0-9])");

    private CatalogueSectors() {
    }

    /** Whether a catalogue sector entry covers the organisation's SBI code. */
    static boolean covers(String entry, String sbiCode) {
        if ("*".equals(entry)) {
            return true;
        }
        if (entry == null) {
            return false;
        }
        return entry.equals(SbiSector.divisionOf(sbiCode)) || entry.equals(SbiSector.sectionOf(sbiCode));
    }
}
