package nl.koploper.notification;

import java.util.List;
import nl.koploper.contracts.assessment.ActionOverdue;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.assessment.NulmetingVisitPlanned;
import nl.koploper.contracts.assessment.NulmetingVisitRescheduled;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.contracts.assessment.VisitDetails;
import nl.koploper.contracts.golden.GoldenSamples;

/** Test data: assessment events as assessment-service publishes them, from their golden samples. */
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
        return caseEvent(NulmetingVisitPlanned.class, gemeente, caseId)
                .with("visit", visit(caseId, 0, "2027-03-18T10:00:00+01:00", "2027-03-18T12:00:00+01:00",
                        "Hoofdstraat 1, 9711 AA Groningen"))
                .with("recipients", to).with("plannedAt", "2027-02-01T09:00:00Z").read();
    }

    public static NulmetingVisitRescheduled rescheduled(String gemeente, String caseId, List<AssessmentRecipient> to) {
        return caseEvent(NulmetingVisitRescheduled.class, gemeente, caseId)
                .with("visit", visit(caseId, 1, "2027-03-25T14:00:00+01:00", "2027-03-25T16:00:00+01:00",
                        "Industrieweg 7, 9723 AB Groningen"))
                .with("previousStart", "2027-03-18T10:00:00+01:00").with("previousEnd", "2027-03-18T12:00:00+01:00")
                .with("previousLocation", "Hoofdstraat 1, 9711 AA Groningen").with("recipients", to)
                .with("rescheduledAt", "2027-02-03T09:00:00Z").read();
    }

    public static final String ADVISOR_EMAIL = "els@adviseurs.example";

    /** The coordinator assigned {@code advisor}, of the firm {@code advisorOrganisation} (null in older events). */
    public static AdvisorAssigned advisorAssigned(String gemeente, String caseId, AssessmentRecipient advisor,
                                                  String advisorOrganisation) {
        return caseEvent(AdvisorAssigned.class, gemeente, caseId).with("advisorId", "register-" + caseId)
                .with("advisor", advisor).with("previousAdvisorId", null).with("assignedAt", "2027-02-01T09:00:00Z")
                .with("advisorOrganisation", advisorOrganisation)
                .with("caseUrlPath", "/adviseur/organisaties/" + caseId).read();
    }

    public static ProfilePublished profilePublished(String gemeente, String caseId, AssessmentRecipient contact) {
        return profilePublished(gemeente, caseId, contact, ADVISOR_EMAIL);
    }

    public static ProfilePublished profilePublished(String gemeente, String caseId, AssessmentRecipient contact,
                                                    String advisorEmail) {
        return caseEvent(ProfilePublished.class, gemeente, caseId).with("version", 1).with("contact", contact)
                .with("advisorName", "Els Bakker").with("advisorEmail", advisorEmail)
                .with("profileUrlPath", "/api/assessments/cases/" + caseId + "/profiles/1")
                .with("recommendationCount", 7).with("publishedAt", "2027-04-01T09:00:00Z").read();
    }

    public static ActionOverdue actionOverdue(String gemeente, String caseId, String actionId,
                                              AssessmentRecipient contact) {
        return caseEvent(ActionOverdue.class, gemeente, caseId).with("actionId", actionId)
                .with("actionTitle", "Led-verlichting in de winkel").with("actionOwner", "Inkoop")
                .with("dueDate", "2027-05-31").with("recipient", contact).with("advisorEmail", ADVISOR_EMAIL)
                .with("actionPlanUrlPath", "/api/assessments/cases/" + caseId + "/action-plan")
                .with("noticedAt", "2027-06-01T06:00:00Z").read();
    }

    /** The golden sample of an event about the case {@code caseId} (also its participant's id) of the organisation. */
    private static <T> GoldenSamples.Sample<T> caseEvent(Class<T> event, String gemeente, String caseId) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("caseId", caseId)
                .with("cohortId", "cohort-1").with("participantId", caseId).with("organisationName", ORGANISATION);
    }
}
