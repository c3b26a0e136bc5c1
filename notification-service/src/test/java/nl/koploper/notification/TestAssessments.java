package nl.koploper.notification;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.assessment.ActionOverdue;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.assessment.NulmetingVisitPlanned;
import nl.koploper.contracts.assessment.NulmetingVisitRescheduled;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.contracts.assessment.VisitDetails;

/** Test data: assessment events as assessment-service publishes them. */
public final class TestAssessments {

    public static final String ORGANISATION = "Bakkerij De Vries";

    private TestAssessments() {
    }

    public static AssessmentRecipient contact(String email, String locale) {
        return new AssessmentRecipient("PARTICIPANT", "Jan de Vries", email, locale);
    }

    public static AssessmentRecipient advisor(String email) {
        return new AssessmentRecipient("ADVISOR", "Els Bakker", email, "nl");
    }

    public static VisitDetails visit(String caseId, int sequence, String start, String end, String location) {
        return new VisitDetails("nulmeting-" + caseId + "@koploper.example", sequence, start, end, "Europe/Amsterdam",
                location);
    }

    public static NulmetingVisitPlanned planned(String gemeente, String caseId, List<AssessmentRecipient> to) {
        return new NulmetingVisitPlanned(gemeente, caseId, "cohort-1", caseId, ORGANISATION,
                visit(caseId, 0, "2027-03-18T10:00:00+01:00", "2027-03-18T12:00:00+01:00",
                        "Hoofdstraat 1, 9711 AA Groningen"), to, Instant.parse("2027-02-01T09:00:00Z"));
    }

    public static NulmetingVisitRescheduled rescheduled(String gemeente, String caseId, List<AssessmentRecipient> to) {
        return new NulmetingVisitRescheduled(gemeente, caseId, "cohort-1", caseId, ORGANISATION,
                visit(caseId, 1, "2027-03-25T14:00:00+01:00", "2027-03-25T16:00:00+01:00",
                        "Industrieweg 7, 9723 AB Groningen"),
                "2027-03-18T10:00:00+01:00", "2027-03-18T12:00:00+01:00", "Hoofdstraat 1, 9711 AA Groningen", to,
                Instant.parse("2027-02-03T09:00:00Z"));
    }

    public static final String ADVISOR_EMAIL = "els@adviseurs.example";

    /** The coordinator assigned {@code advisor}, of the firm {@code advisorOrganisation} (null in older events). */
    public static AdvisorAssigned advisorAssigned(String gemeente, String caseId, AssessmentRecipient advisor,
                                                  String advisorOrganisation) {
        return new AdvisorAssigned(gemeente, caseId, "cohort-1", caseId, ORGANISATION, "register-" + caseId, advisor,
                null, Instant.parse("2027-02-01T09:00:00Z"), advisorOrganisation,
                "/adviseur/organisaties/" + caseId);
    }

    public static ProfilePublished profilePublished(String gemeente, String caseId, AssessmentRecipient contact) {
        return profilePublished(gemeente, caseId, contact, ADVISOR_EMAIL);
    }

    public static ProfilePublished profilePublished(String gemeente, String caseId, AssessmentRecipient contact,
                                                    String advisorEmail) {
        return new ProfilePublished(gemeente, caseId, "cohort-1", caseId, ORGANISATION, 1, contact, "Els Bakker",
                advisorEmail, "/api/assessments/cases/" + caseId + "/profiles/1", 7,
                Instant.parse("2027-04-01T09:00:00Z"));
    }

    public static ActionOverdue actionOverdue(String gemeente, String caseId, String actionId,
                                              AssessmentRecipient contact) {
        return new ActionOverdue(gemeente, caseId, "cohort-1", caseId, ORGANISATION, actionId,
                "Led-verlichting in de winkel", "Inkoop", "2027-05-31", contact, ADVISOR_EMAIL,
                "/api/assessments/cases/" + caseId + "/action-plan", Instant.parse("2027-06-01T06:00:00Z"));
    }
}
