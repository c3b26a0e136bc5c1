package nl.koploper.assessment.catalogue;

import static nl.koploper.assessment.catalogue.TestCatalogues.array;
import static nl.koploper.assessment.catalogue.TestCatalogues.issueEntries;
import static nl.koploper.assessment.catalogue.TestCatalogues.issueJson;
import static nl.koploper.assessment.catalogue.TestCatalogues.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class IssueCatalogueTest {

    @Test
    void aCompleteCatalogueHas37IssuesInSevenCoreSubjects() {
        IssueCatalogue catalogue = TestCatalogues.issues();

        assertThat(catalogue.size()).isEqualTo(37);
        assertThat(catalogue.of(CoreSubject.ORGANISATIONAL_GOVERNANCE)).extracting(Iso26000Issue::code)
                .containsExactly("6.2");
        assertThat(catalogue.of(CoreSubject.HUMAN_RIGHTS)).hasSize(8);
        assertThat(catalogue.of(CoreSubject.LABOUR_PRACTICES)).hasSize(5);
        assertThat(catalogue.of(CoreSubject.ENVIRONMENT)).extracting(Iso26000Issue::code)
                .containsExactly("6.5.3", "6.5.4", "6.5.5", "6.5.6");
        assertThat(catalogue.of(CoreSubject.FAIR_OPERATING_PRACTICES)).hasSize(5);
        assertThat(catalogue.of(CoreSubject.CONSUMER_ISSUES)).hasSize(7);
        assertThat(catalogue.of(CoreSubject.COMMUNITY_INVOLVEMENT)).hasSize(7);
        assertThat(catalogue.get("6.8.9").maturityHints()).hasSize(5);
    }

    @Test
    void anUnknownIssueCodeRefusesTheWholeFile() {
        List<String> entries = new ArrayList<>(issueEntries());
        entries.set(4, issueJson("6.3.11", CoreSubject.HUMAN_RIGHTS));

        assertRefused(array(entries), "[4].code", "unknown-issue");
    }

    @Test
    void aDuplicateIssueIsRefused() {
        List<String> entries = new ArrayList<>(issueEntries());
        entries.set(5, issueJson("6.3.5", CoreSubject.HUMAN_RIGHTS));

        assertRefused(array(entries), "[5].code", "duplicate");
    }

    @Test
    void anUnknownCoreSubjectOrOneThatDoesNotOwnTheIssueIsRefused() {
        List<String> entries = new ArrayList<>(issueEntries());
        entries.set(0, issueJson("6.2", CoreSubject.ENVIRONMENT).replace("ENVIRONMENT", "GOVERNANCE"));
        entries.set(1, issueJson("6.3.3", CoreSubject.ENVIRONMENT));

        InvalidCatalogueException refused = refused(array(entries));
        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("[0].coreSubject", "unknown-value"),
                        org.assertj.core.groups.Tuple.tuple("[1].coreSubject", "wrong-core-subject"));
    }

    @Test
    void aMissingIssueIsRefused() {
        List<String> entries = new ArrayList<>(issueEntries());
        entries.remove(36);

        assertRefused(array(entries), "", "missing-issues");
    }

    @Test
    void maturityHintsMustBeFiveAndPromptsWithinTheirCounts() {
        List<String> entries = new ArrayList<>(issueEntries());
        entries.set(2, entries.get(2).replace("\"Voorloper\"", "\"Voorloper\",\"Nog verder\""));
        entries.set(3, entries.get(3).replace("[\"Speelt 6.3.5 in uw producten?\"]", "[]"));

        InvalidCatalogueException refused = refused(array(entries));
        assertThat(refused.problems()).extracting(FieldProblem::field)
                .contains("[2].maturityHints", "[3].productsAndServicesPrompts");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        List<String> entries = new ArrayList<>(issueEntries());
        entries.set(7, entries.get(7).replace("\"title\"", "\"titel\""));

        assertRefused(array(entries), "[7].titel", "unreadable");
    }

    @Test
    void issuesOutOfClauseOrderAreRefused() {
        List<String> entries = new ArrayList<>(issueEntries());
        java.util.Collections.swap(entries, 10, 11);

        assertRefused(array(entries), "", "clause-order");
    }

    private static void assertRefused(String json, String field, String code) {
        assertThat(refused(json).problems()).extracting(FieldProblem::field, FieldProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    private static InvalidCatalogueException refused(String json) {
        return (InvalidCatalogueException) assertThatThrownBy(() -> IssueCatalogue.load(stream(json), "test"))
                .isInstanceOf(InvalidCatalogueException.class).actual();
    }
}
