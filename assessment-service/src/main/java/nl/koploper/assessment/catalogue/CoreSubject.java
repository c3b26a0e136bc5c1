package nl.koploper.assessment.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The 7 core subjects of ISO 26000 (clauses 6.2-6.8) with the clause numbers of their issues: 37 issues in all. The
 * catalogue file supplies the Dutch titles and prompts; which issues exist is the standard's, so it is fixed here and
 * a catalogue that disagrees is refused.
 */
public enum CoreSubject {
    ORGANISATIONAL_GOVERNANCE("6.2", "Bestuur van de organisatie", 0, 0),
    HUMAN_RIGHTS("6.3", "Mensenrechten", 3, 10),
    LABOUR_PRACTICES("6.4", "Arbeidsomstandigheden", 3, 7),
    ENVIRONMENT("6.5", "Milieu", 3, 6),
    FAIR_OPERATING_PRACTICES("6.6", "Eerlijk zaken doen", 3, 7),
    CONSUMER_ISSUES("6.7", "Consumentenaangelegenheden", 3, 9),
    COMMUNITY_INVOLVEMENT("6.8", "Betrokkenheid bij en ontwikkeling van de gemeenschap", 3, 9);

    private final String clause;
    private final String dutchName;
    private final int firstIssue;
    private final int lastIssue;

    CoreSubject(String clause, String dutchName, int firstIssue, int lastIssue) {
        this.clause = clause;
        this.dutchName = dutchName;
        this.firstIssue = firstIssue;
        this.lastIssue = lastIssue;
    }

    public String clause() {
        return clause;
    }

    public String dutchName() {
        return dutchName;
    }

    /** The clause numbers of this subject's issues in clause order; 6.2 has one issue, numbered 6.2 itself. */
    public List<String> issueCodes() {
        if (firstIssue == 0) {
            return List.of(clause);
        }
        List<String> codes = new ArrayList<>();
        for (int n = firstIssue; n <= lastIssue; n++) {
            codes.add(clause + "." + n);
        }
        return codes;
    }

    /** Every issue code of the standard, in clause order. */
    public static List<String> allIssueCodes() {
        List<String> codes = new ArrayList<>();
        for (CoreSubject subject : values()) {
            codes.addAll(subject.issueCodes());
        }
        return codes;
    }
}
