package nl.koploper.portal.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortProgressTest {

    private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");

    private static Map<String, Object> participant(String id, String name, String status) {
        return Map.of("id", id, "status", status, "registeredAt", "2027-01-10T09:00:00Z",
                "organisation", Map.of("name", name), "contact", Map.of("name", "Contact " + name));
    }

    @Test
    void everyPlacedOrganisationGetsARowWithItsSteps() {
        List<Map<String, Object>> participants = List.of(participant("p1", "Garage", "PLACED"),
                participant("p2", "Bakkerij", "PLACED"), participant("p3", "Slagerij", "WAITLISTED"));
        List<Map<String, Object>> cases = List.of(
                Map.of("id", "c1", "participantId", "p1", "status", "PROFILE_PUBLISHED", "advisorName", "Sanne",
                        "visitStart", "2027-02-01T10:00:00+01:00"),
                Map.of("id", "c2", "participantId", "p2", "status", "TO_PLAN"));
        List<Map<String, Object>> meetings = List.of(
                Map.of("status", "SCHEDULED", "start", "2027-03-01T19:00:00+01:00", "invitations", List.of(
                        Map.of("participantId", "p1", "active", true, "attendance", "PRESENT"),
                        Map.of("participantId", "p2", "active", true, "attendance", "ABSENT"))),
                Map.of("status", "CANCELLED", "start", "2027-04-01T19:00:00+02:00", "invitations", List.of(
                        Map.of("participantId", "p1", "active", true, "attendance", "NOT_RECORDED"))),
                Map.of("status", "SCHEDULED", "start", "2027-09-01T19:00:00+02:00", "invitations", List.of(
                        Map.of("participantId", "p1", "active", true, "attendance", "NOT_RECORDED"))));
        var rows = CohortProgress.rows(participants, cases, Map.of("c1", 3, "c2", 0), meetings,
                List.of(Map.of("participantId", "p1")),
                List.of(Map.of("participantId", "p1", "verificationCode", "ABCD-EFGH-JKLM-NPQR")), NOW);

        assertThat(rows).extracting(CohortProgress.Row::organisation).containsExactly("Bakkerij", "Garage");
        var garage = rows.get(1);
        assertThat(garage.advisorName()).isEqualTo("Sanne");
        assertThat(garage.visitPlanned()).isTrue();
        assertThat(garage.reviewed()).isTrue();
        assertThat(garage.profilePublished()).isTrue();
        assertThat(garage.actions()).isEqualTo(3);
        assertThat(garage.attended()).isEqualTo(1);
        assertThat(garage.meetingsHeld()).as("cancelled and future meetings do not count").isEqualTo(1);
        assertThat(garage.handedIn()).isTrue();
        assertThat(garage.certificateCode()).isEqualTo("ABCD-EFGH-JKLM-NPQR");
        var bakkerij = rows.get(0);
        assertThat(bakkerij.visitPlanned()).isFalse();
        assertThat(bakkerij.reviewed()).isFalse();
        assertThat(bakkerij.attended()).isZero();
        assertThat(bakkerij.meetingsHeld()).isEqualTo(1);
        assertThat(bakkerij.handedIn()).isFalse();
        assertThat(bakkerij.certificateCode()).isNull();

        var totals = CohortProgress.totals(rows);
        assertThat(totals.organisations()).isEqualTo(2);
        assertThat(totals.withAdvisor()).isEqualTo(1);
        assertThat(totals.certificates()).isEqualTo(1);
    }

    @Test
    void anOrganisationWithoutACaseYetShowsNoSteps() {
        var rows = CohortProgress.rows(List.of(participant("p1", "Garage", "PLACED")), List.of(), Map.of(),
                List.of(), List.of(), List.of(), NOW);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.caseId()).isNull();
            assertThat(row.actions()).isNull();
            assertThat(row.reviewed()).isFalse();
        });
    }

    @Test
    void theMeetingFormInvitesOnlyTheTickedOrganisationsAndSendsWallClockTimes() {
        MeetingFields form = new MeetingFields();
        form.setTitle(" Kennissessie energie ");
        form.setDate("2027-03-28");
        form.setStartTime("19:30");
        form.setEndTime("21:30");
        form.setAddress("Raadhuis");
        form.setInviteMode("SELECTION");
        form.setInvitees(List.of("p2"));
        Map<String, Object> body = form.planBody("cohort-1", List.of(
                Map.of("id", "p1", "contact", Map.of("name", "Anne", "email", "anne@example.nl", "locale", "nl")),
                Map.of("id", "p2", "contact", Map.of("name", "Gerrit", "email", "gerrit@example.nl"))));
        assertThat(body).containsEntry("start", "2027-03-28T19:30").containsEntry("end", "2027-03-28T21:30")
                .containsEntry("title", "Kennissessie energie").containsEntry("type", "KNOWLEDGE_SESSION")
                .containsEntry("location", Map.of("address", "Raadhuis"));
        assertThat(body.get("invitees")).isEqualTo(Map.of("participants", List.of(
                Map.of("id", "p2", "name", "Gerrit", "email", "gerrit@example.nl", "locale", "nl"))));
    }

    @Test
    void everyParticipantIsTheDefaultAndLeavesTheListToTheGroupWhileNobodyIsSaidExplicitly() {
        MeetingFields form = new MeetingFields();
        form.setTitle("Kennissessie");
        form.setDate("2027-03-28");
        form.setStartTime("19:30");
        form.setEndTime("21:30");
        form.setAddress("Raadhuis");
        form.setInvitees(List.of("p1"));
        List<Map<String, Object>> placed = List.of(
                Map.of("id", "p1", "contact", Map.of("name", "Anne", "email", "anne@example.nl", "locale", "nl")));
        assertThat(form.getInviteMode()).isEqualTo("ALL");
        assertThat(form.planBody("cohort-1", placed).get("invitees")).isEqualTo(Map.of());
        form.setInviteMode("NOBODY");
        assertThat(form.planBody("cohort-1", placed).get("invitees")).isEqualTo(Map.of("inviteNobody", true));
    }

    @Test
    void theApisFieldPathsLandOnTheFormsInputs() {
        assertThat(MeetingFields.inputOf("end")).containsEntry("end", "endTime");
        assertThat(MeetingFields.inputOf("location.address")).containsEntry("location.address", "address");
        assertThat(MeetingFields.inputOf("invitees.participants[2].email"))
                .containsEntry("invitees.participants[2].email", "invitees");
        assertThat(MeetingFields.inputOf("invitees")).containsEntry("invitees", "invitees");
        assertThat(MeetingFields.inputOf("invitees.inviteNobody")).containsEntry("invitees.inviteNobody", "invitees");
    }
}
