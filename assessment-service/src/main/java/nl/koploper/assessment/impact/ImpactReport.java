package nl.koploper.assessment.impact;

import java.math.BigDecimal;
import java.util.List;

/**
 * The impact of the Koploper programme in one gemeente, for one cohort or all of them.
 *
 * @param cohortId      the cohort, or null for all cohorts of the gemeente
 * @param participants  organisations with an open (not closed) assessment case
 * @param baselineReviewed cases whose nulmeting review is complete
 * @param finalReviewed cases whose eindmeting is completed
 * @param actionsPlanned actions in the action plans that are not dropped
 * @param actionsDone   actions done
 * @param co2           baseline vs final footprint over the participants that have both
 * @param largestThemes the (at most three) themes with the most baseline kg CO2e over those participants
 * @param attendance    attendance rates from the meetings' recorded attendance
 */
public record ImpactReport(String gemeente, String gemeenteName, String cohortId, int participants,
                           int baselineReviewed, int finalReviewed, int actionsPlanned, int actionsDone, Co2 co2,
                           List<Theme> largestThemes, Attendance attendance) {

    /** Sums in kg CO2e (market-based); change is final − baseline, percent of the baseline (one decimal). */
    public record Co2(int participantsWithBoth, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
                      BigDecimal changePercent) {
    }

    public record Theme(String theme, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
                        BigDecimal changePercent) {
    }

    /** @param overallRate attended / invited over every participant, in percent (one decimal), null with no meetings */
    public record Attendance(int meetings, int invited, int attended, BigDecimal overallRate,
                             List<ParticipantAttendance> perParticipant) {
    }

    public record ParticipantAttendance(String caseId, String organisationName, String cohortId, int invited,
                                        int attended, BigDecimal rate) {
    }
}
