package nl.koploper.assessment.impact;

import java.math.BigDecimal;
import java.util.List;

/**
 * The impact of the Koploper programme in one gemeente, for one cohort or all of them.
 *
 * @param cohortId      the cohort, or null for all cohorts of the gemeente
 * @param cohortName    the cohort's name as cohort-service named it in its events (kept with the cases); null for all
 *                      cohorts, or when no event named it
 * @param participants  organisations with an open (not closed) assessment case
 * @param nulmetingenCompleted cases whose nulmeting has every answer
 * @param eindmetingenCompleted cases whose eindmeting is completed
 * @param actionsPlanned actions in the action plans that are not dropped
 * @param actionsDone   actions done
 * @param co2           baseline vs final footprint over the participants that have both
 * @param largestThemes the (at most three) themes with the most baseline kg CO2e over those participants
 * @param attendance    attendance rates from the meetings' recorded attendance
 * @param baselineFootprint the nulmeting footprints of every participant that has one, summed
 */
public record ImpactReport(String gemeente, String gemeenteName, String cohortId, int participants,
                           int nulmetingenCompleted, int eindmetingenCompleted, int actionsPlanned, int actionsDone,
                           Co2 co2,
                           List<Theme> largestThemes, Attendance attendance, String cohortName,
                           BaselineFootprint baselineFootprint) {

    /**
     * Sums in kg CO2e (market-based); change is final − baseline, percent of the baseline (one decimal).
     *
     * @param baselinePreliminary of the participants with both, how many nulmeting footprints hold estimates
     *                            (footprint-service's {@code preliminary}): the figure may still change
     * @param finalPreliminary    the same for their eindmeting footprints
     */
    public record Co2(int participantsWithBoth, BigDecimal baselineKg, BigDecimal finalKg, BigDecimal changeKg,
                      BigDecimal changePercent, int baselinePreliminary, int finalPreliminary) {
    }

    /**
     * The nulmeting-year CO2 footprint of every participant that has one (whether or not it has an eindmeting yet).
     *
     * @param organisations how many participants have a baseline footprint with a total
     * @param totalKg       their totals summed, kg CO2e market-based; null when none has one
     * @param preliminary   how many of them hold estimates
     */
    public record BaselineFootprint(int organisations, BigDecimal totalKg, int preliminary) {
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
