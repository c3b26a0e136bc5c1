package nl.koploper.assessment.impact;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.Topics;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.contracts.meeting.AttendanceEntry;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The impact report from what the test entered: two cohorts, one organisation through the whole year, one only
 * through its nulmeting; actions; footprints; attendance from meeting events (applied once under redelivery).
 */
@KoploperIntegrationTest
class ImpactIT extends ServiceIntegrationTest {

    static final String ATTENDANCE = "nl.koploper.meeting.meeting-attendance-recorded.v1";

    static String attendanceJson(String gemeente, String cohortId, String meetingId, String recordedAt,
                                 String participantId, boolean present, String otherId, boolean otherPresent) {
        return GoldenSamples.sample(MeetingAttendanceRecorded.class).with("tenantId", gemeente)
                .with("cohortId", cohortId)
                .with("meeting", new MeetingDetails(meetingId, meetingId + "@meetings", 0, "KNOWLEDGE_SESSION",
                        "Kennissessie", null, "2099-03-10T10:00:00+01:00", "2099-03-10T12:00:00+01:00",
                        "Europe/Amsterdam", null, null))
                .with("attendance", List.of(new AttendanceEntry("i1", participantId, "PARTICIPANT", "A", present),
                        new AttendanceEntry("i2", otherId, "PARTICIPANT", "B", otherPresent),
                        new AttendanceEntry("i3", null, "GUEST", "Gast", true)))
                .with("recordedAt", recordedAt).json();
    }

    @Test
    void theCoordinatorSeesTheNumbersPerCohortAndOverall() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("impact");
        String other = gemeenten.newGemeente("impact-other");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String full = api.openCase(gemeente, "Heel Jaar BV", "24.10", 30, "heel@example.nl"); // cohort-1
        String half = UUID.randomUUID().toString();
        api.sendCohortEvent(gemeente, "cohort-2", UUID.randomUUID().toString(), "participant-registered",
                AssessmentApi.registeredJson(gemeente, "cohort-2", half, "Half Jaar BV", "56.10", 8,
                        "half@example.nl", false));
        api.awaitCase(gemeente, half);
        String bystander = api.openCase(gemeente, "Toeschouwer BV", "46.90", 5, "toe@example.nl"); // cohort-1

        // Footprints: the full one 1000 → 800 kg, the half one only a baseline.
        api.sendFootprint(gemeente, full, UUID.randomUUID().toString(), AssessmentApi.footprintJson(gemeente, full,
                2098, 1, "400", "500", "100", "1000", "500", "400", "100"));
        api.sendFootprint(gemeente, half, UUID.randomUUID().toString(), AssessmentApi.footprintJson(gemeente, half,
                2098, 1, "10", "20", "30", "60", "20", "10", "30"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.read(CASES + "/" + half,
                coordinator(gemeente)).andExpect(jsonPath("$.baselineFootprint.year").value(2098)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> api.read(CASES + "/" + full,
                coordinator(gemeente)).andExpect(jsonPath("$.baselineFootprint.year").value(2098)));
        // The eindmeting footprint still holds estimates (footprint-service's preliminary).
        api.sendFootprint(gemeente, full, UUID.randomUUID().toString(), AssessmentApi.footprintJson(gemeente, full,
                2099, 1, "300", "350", "150", "800", "350", "300", "150")
                .replace("\"preliminary\":false", "\"preliminary\":true"));

        api.published(gemeente, full, advisor, "RELEVANT", 1);
        api.reviewed(gemeente, half, advisor, "RELEVANT", 2);
        String plan = CASES + "/" + full + "/action-plan/actions";
        String participant = AssessmentApi.participant(gemeente, "heel@example.nl");
        for (String status : new String[]{"PLANNED", "DONE", "DROPPED", "IN_PROGRESS"}) {
            api.postJson(plan, participant, """
                    {"title":"Actie %s","owner":"Ik","startDate":"2099-01-01","dueDate":"2099-12-31",
                     "status":"%s"}""".formatted(status, status)).andExpect(status().isCreated());
        }
        api.postEmpty(CASES + "/" + full + "/eindmeting", advisor.bearer()).andExpect(status().isOk());
        api.postEmpty(CASES + "/" + full + "/eindmeting/complete", advisor.bearer()).andExpect(status().isOk());

        // Attendance: meeting 1 (full present, bystander absent) delivered twice; meeting 2 first reported with
        // full present, then corrected to absent; an older report arriving late changes nothing.
        String m1 = attendanceJson(gemeente, "cohort-1", "m1", "2099-03-10T13:00:00Z", full, true, bystander, false);
        String m1Event = UUID.randomUUID().toString();
        api.send(Topics.MEETING_EVENTS, gemeente, "m1", m1Event, ATTENDANCE, m1);
        api.send(Topics.MEETING_EVENTS, gemeente, "m1", m1Event, ATTENDANCE, m1);
        api.send(Topics.MEETING_EVENTS, gemeente, "m2", UUID.randomUUID().toString(), ATTENDANCE,
                attendanceJson(gemeente, "cohort-1", "m2", "2099-04-10T13:00:00Z", full, true, bystander, true));
        api.send(Topics.MEETING_EVENTS, gemeente, "m2", UUID.randomUUID().toString(), ATTENDANCE,
                attendanceJson(gemeente, "cohort-1", "m2", "2099-04-11T13:00:00Z", full, false, bystander, true));
        api.send(Topics.MEETING_EVENTS, gemeente, "m2", UUID.randomUUID().toString(), ATTENDANCE,
                attendanceJson(gemeente, "cohort-1", "m2", "2099-04-10T18:00:00Z", full, true, bystander, false));
        api.send(Topics.MEETING_EVENTS, gemeente, "m3", UUID.randomUUID().toString(), ATTENDANCE,
                attendanceJson(gemeente, "cohort-2", "m3", "2099-04-11T13:00:00Z", half, true, "nobody", false));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                api.read("/api/assessments/impact", coordinator(gemeente)).andExpect(status().isOk())
                        .andExpect(jsonPath("$.attendance.meetings").value(3))
                        .andExpect(jsonPath("$.co2.participantsWithBoth").value(1))
                        .andExpect(jsonPath("$.attendance.attended").value(3)));
        String cohort1 = api.json("/api/assessments/impact?cohortId=cohort-1", coordinator(gemeente));
        assertThat((Integer) AssessmentApi.at(cohort1, "$.participants")).isEqualTo(2);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.nulmetingenCompleted")).isEqualTo(1);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.eindmetingenCompleted")).isEqualTo(1);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.actionsPlanned")).isEqualTo(3);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.actionsDone")).isEqualTo(1);
        assertThat(((Number) AssessmentApi.at(cohort1, "$.co2.baselineKg")).intValue()).isEqualTo(1000);
        assertThat(((Number) AssessmentApi.at(cohort1, "$.co2.finalKg")).intValue()).isEqualTo(800);
        assertThat(((Number) AssessmentApi.at(cohort1, "$.co2.changeKg")).intValue()).isEqualTo(-200);
        assertThat(((Number) AssessmentApi.at(cohort1, "$.co2.changePercent")).doubleValue()).isEqualTo(-20.0);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.co2.finalPreliminary")).isEqualTo(1);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.co2.baselinePreliminary")).isZero();
        assertThat((String) AssessmentApi.at(cohort1, "$.cohortName")).isEqualTo("Koplopers 2099");
        assertThat((Integer) AssessmentApi.at(cohort1, "$.baselineFootprint.organisations")).isEqualTo(1);
        assertThat(((Number) AssessmentApi.at(cohort1, "$.baselineFootprint.totalKg")).intValue()).isEqualTo(1000);
        assertThat((List<String>) AssessmentApi.at(cohort1, "$.largestThemes[*].theme"))
                .containsExactly("ELECTRICITY", "FUELS_AND_HEAT", "BUSINESS_TRANSPORT");
        assertThat((Integer) AssessmentApi.at(cohort1, "$.attendance.meetings")).isEqualTo(2);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.attendance.invited")).isEqualTo(4);
        assertThat((Integer) AssessmentApi.at(cohort1, "$.attendance.attended")).isEqualTo(2); // full m1, bystander m2
        assertThat(((Number) AssessmentApi.at(cohort1, "$.attendance.overallRate")).doubleValue()).isEqualTo(50.0);
        List<Number> fullRate = AssessmentApi.at(cohort1, "$.attendance.perParticipant[?(@.caseId=='" + full
                + "')].rate");
        assertThat(fullRate.get(0).doubleValue()).isEqualTo(50.0);

        String all = api.json("/api/assessments/impact", coordinator(gemeente));
        assertThat((Integer) AssessmentApi.at(all, "$.participants")).isEqualTo(3);
        assertThat((Integer) AssessmentApi.at(all, "$.nulmetingenCompleted")).isEqualTo(2);
        assertThat((Integer) AssessmentApi.at(all, "$.eindmetingenCompleted")).isEqualTo(1);
        assertThat(((Number) AssessmentApi.at(all, "$.co2.baselineKg")).intValue()).isEqualTo(1000);
        // The nulmeting of every measured organisation, also the one without an eindmeting (the bystander has none).
        assertThat((Integer) AssessmentApi.at(all, "$.baselineFootprint.organisations")).isEqualTo(2);
        assertThat(((Number) AssessmentApi.at(all, "$.baselineFootprint.totalKg")).intValue()).isEqualTo(1060);
        assertThat((Integer) AssessmentApi.at(all, "$.baselineFootprint.preliminary")).isZero();
        assertThat((Object) AssessmentApi.at(all, "$.cohortName")).isNull();
        assertThat(((Number) AssessmentApi.at(all, "$.attendance.overallRate")).doubleValue()).isEqualTo(60.0);

        byte[] pdf = api.read("/api/assessments/impact.pdf?cohortId=cohort-1", coordinator(gemeente))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = AssessmentApi.pdfText(pdf);
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(text).contains("Impactrapportage", "Gemeente " + gemeente, "Koplopergroep: Koplopers 2099",
                "Deelnemers: 2", "Acties gepland: 3", "Acties afgerond: 1", "Nulmeting: 1.000 kg",
                "Eindmeting: 800 kg CO2e (voorlopig)", "Voorlopig: de eindmeting bevat nog schattingen", "-20,0 %",
                "Brandstoffen en warmte", "Elektriciteit", "Heel Jaar BV: 1 van 2 (50,0 %)",
                "Nulmeting van alle gemeten organisaties samen: 1.000 kg CO2e (van 1 organisatie)");
        assertThat(text).doesNotContain("cohort-1", "FUELS_AND_HEAT", "ELECTRICITY");
        String gemeenteWide = AssessmentApi.pdfText(api.read("/api/assessments/impact.pdf", coordinator(gemeente))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(gemeenteWide).contains("Alle Koplopergroepen van",
                "Nulmeting van alle gemeten organisaties samen: 1.060 kg CO2e (van 2 organisaties)");

        // Roles, gemeenten, bad input.
        problem(api.read("/api/assessments/impact", advisor.bearer()), 403);
        problem(api.read("/api/assessments/impact.pdf", participant), 403);
        problem(api.read("/api/assessments/impact?cohortId=cohort-1", coordinator(other)), 404);
        api.read("/api/assessments/impact", coordinator(other)).andExpect(status().isOk())
                .andExpect(jsonPath("$.participants").value(0))
                .andExpect(jsonPath("$.attendance.meetings").value(0));
        problem(api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/assessments/impact").param("cohortId", " "), coordinator(gemeente)), 400);
        problem(api.read("/api/assessments/impact?cohortId=" + "x".repeat(101), coordinator(gemeente)), 400);
        problem(api.read("/api/assessments/impact/platform", coordinator(gemeente)), 403);

        String platform = api.json("/api/assessments/impact/platform", "Bearer " + TestTokens.platformAdmin());
        List<Integer> mine = AssessmentApi.at(platform, "$.gemeenten[?(@.gemeente=='" + gemeente + "')].participants");
        assertThat(mine).containsExactly(3);
        List<Integer> theirs = AssessmentApi.at(platform, "$.gemeenten[?(@.gemeente=='" + other
                + "')].participants");
        assertThat(theirs).containsExactly(0);
        assertThat((Integer) AssessmentApi.at(platform, "$.totals.participants")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) AssessmentApi.at(platform, "$.totals.baselineFootprintOrganisations"))
                .isGreaterThanOrEqualTo(2);
        List<Number> mineMeasured = AssessmentApi.at(platform, "$.gemeenten[?(@.gemeente=='" + gemeente
                + "')].baselineFootprint.totalKg");
        assertThat(mineMeasured.get(0).intValue()).isEqualTo(1060);
        api.read("/api/assessments/impact?tenant=" + gemeente, "Bearer " + TestTokens.platformAdmin()).andExpect(status().isOk())
                .andExpect(jsonPath("$.participants").value(3));
    }
}
