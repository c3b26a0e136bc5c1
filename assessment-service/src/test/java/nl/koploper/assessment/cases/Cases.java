package nl.koploper.assessment.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.catalogue.TestCatalogues;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.tenancy.TenantId;
import org.bson.Document;

/** A "mother" of assessment cases in the states the tests start from. */
final class Cases {

    static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    static final IssueCatalogue ISSUES = TestCatalogues.issues();
    static final Advisor ADVISOR = new Advisor("advisor-1", "Anne Adviseur", "anne@advies.example.nl", "Advies Noord", "nl");
    static final LocalDateTime VISIT_START = LocalDateTime.parse("2027-03-18T10:00");

    private Cases() {
    }

    static ReceivedEvent<Object> event(String id) {
        return new ReceivedEvent<>(id, "nl.koploper.cohort.participant-registered.v1", "/koploper/cohort",
                TenantId.of("westerkwartier"), NOW, "cohort-1", null);
    }

    static AssessmentCase toPlan() {
        return AssessmentCase.registered(event("e-1"), "participant-1", "cohort-1", "Koplopers 2027",
                new Organisation("Staal BV", "12345678", "COMPANY", "2410", 120.0),
                new Contact("Sanne Staal", "Sanne@Staal.example.nl", null, "en"), false, NOW);
    }

    static AssessmentCase withAdvisor() {
        AssessmentCase c = toPlan();
        c.assignAdvisor(ADVISOR, NOW);
        return c;
    }

    static Visit visit(LocalDateTime start, String location) {
        return Visit.plan(start, start.plusHours(2), location, NOW);
    }

    /**
     * A case document as cases with a completed eindmeting were stored before the {@code Review} type: nulmeting
     * 6.2 (both perspectives) and 6.5.4 (internal), eindmeting started 2027-11-01T09:00Z and completed
     * 2027-11-02T15:30Z with 6.2 internal at maturity 3.
     */
    static Document storedWithEindmeting() throws IOException {
        try (InputStream in = Cases.class.getResourceAsStream("/cases/case-with-eindmeting.json")) {
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static AssessmentCase planned() {
        AssessmentCase c = withAdvisor();
        c.planVisit(visit(VISIT_START, "Hoogovenweg 1, Groningen"), NOW);
        return c;
    }
}
