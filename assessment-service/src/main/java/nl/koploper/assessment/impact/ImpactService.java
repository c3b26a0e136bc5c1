package nl.koploper.assessment.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.koploper.assessment.actionplan.ActionPlan;
import nl.koploper.assessment.actionplan.ActionPlanStore;
import nl.koploper.assessment.actionplan.ActionStatus;
import nl.koploper.assessment.actionplan.PlannedAction;
import nl.koploper.assessment.cases.AssessmentCase;
import nl.koploper.assessment.cases.CaseLookup;
import nl.koploper.assessment.cases.CaseService;
import nl.koploper.assessment.cases.CaseStatus;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.footprint.FootprintStore;
import nl.koploper.assessment.footprint.KgChange;
import nl.koploper.assessment.footprint.OrganisationFootprint;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Computes the impact report of the current gemeente from its cases, action plans, footprints and attendance. */
@Service
class ImpactService {

    static final int LARGEST_THEMES = 3;

    private final CaseLookup cases;
    private final CaseService caseService;
    private final ActionPlanStore plans;
    private final FootprintStore footprints;
    private final AttendanceStore attendance;
    private final IssueCatalogue catalogue;
    private final GemeenteRegistry gemeenten;
    private final MongoTemplate shared;

    ImpactService(CaseLookup cases, CaseService caseService, ActionPlanStore plans, FootprintStore footprints,
                  AttendanceStore attendance, IssueCatalogue catalogue, GemeenteRegistry gemeenten,
                  @Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        this.cases = cases;
        this.caseService = caseService;
        this.plans = plans;
        this.footprints = footprints;
        this.attendance = attendance;
        this.catalogue = catalogue;
        this.gemeenten = gemeenten;
        this.shared = shared;
    }

    ImpactReport report(String cohortId) {
        String gemeente = TenantContext.require().value();
        List<AssessmentCase> open = cases.opened(cohortId).stream()
                .filter(c -> c.status() != CaseStatus.CLOSED)
                .sorted(Comparator.comparing((AssessmentCase c) -> String.valueOf(c.organisation().name()))
                        .thenComparing(AssessmentCase::id))
                .toList();
        int nulmetingenCompleted = (int) open.stream().filter(c -> c.nulmeting().complete(catalogue)).count();
        int eindmetingenCompleted = (int) open.stream().filter(AssessmentCase::eindmetingCompleted).count();

        List<PlannedAction> actions = plans.ofCases(open.stream().map(AssessmentCase::id).toList()).stream()
                .map(ActionPlan::actions).flatMap(List::stream).toList();
        int planned = (int) actions.stream().filter(a -> a.status() != ActionStatus.DROPPED).count();
        int done = (int) actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();

        int withBoth = 0;
        int baselinePreliminary = 0;
        int finalPreliminary = 0;
        BigDecimal baselineTotal = BigDecimal.ZERO;
        BigDecimal finalTotal = BigDecimal.ZERO;
        int measured = 0;
        int measuredPreliminary = 0;
        BigDecimal measuredTotal = BigDecimal.ZERO;
        Map<String, BigDecimal[]> themes = new TreeMap<>();
        for (AssessmentCase c : open) {
            Optional<OrganisationFootprint> baseline = footprints.baseline(c.participantId(), c.baselineYear())
                    .filter(f -> f.totalMarketBased() != null);
            if (baseline.isEmpty()) {
                continue;
            }
            measured++;
            measuredTotal = measuredTotal.add(baseline.get().totalMarketBased());
            measuredPreliminary += baseline.get().preliminary() ? 1 : 0;
            Optional<OrganisationFootprint> end = caseService.finalFootprint(c);
            if (end.isEmpty() || end.get().totalMarketBased() == null) {
                continue;
            }
            withBoth++;
            baselinePreliminary += baseline.get().preliminary() ? 1 : 0;
            finalPreliminary += end.get().preliminary() ? 1 : 0;
            baselineTotal = baselineTotal.add(baseline.get().totalMarketBased());
            finalTotal = finalTotal.add(end.get().totalMarketBased());
            baseline.get().perThemeKg().forEach((theme, kg) ->
                    themes.computeIfAbsent(theme, t -> zeros())[0] = themes.get(theme)[0].add(kg));
            end.get().perThemeKg().forEach((theme, kg) ->
                    themes.computeIfAbsent(theme, t -> zeros())[1] = themes.get(theme)[1].add(kg));
        }
        KgChange total = withBoth == 0 ? KgChange.of(null, null) : KgChange.of(baselineTotal, finalTotal);
        List<ImpactReport.Theme> largest = themes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, BigDecimal[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(LARGEST_THEMES)
                .map(e -> {
                    KgChange change = KgChange.of(e.getValue()[0], e.getValue()[1]);
                    return new ImpactReport.Theme(e.getKey(), change.baselineKg(), change.finalKg(),
                            change.changeKg(), change.changePercent());
                }).toList();

        return new ImpactReport(gemeente, gemeenten.displayName(gemeente), cohortId, open.size(), nulmetingenCompleted,
                eindmetingenCompleted, planned, done, new ImpactReport.Co2(withBoth, total.baselineKg(),
                total.finalKg(), total.changeKg(), total.changePercent(), baselinePreliminary, finalPreliminary),
                largest, attendance(open, cohortId),
                cohortId == null ? null : cohortName(cohortId),
                new ImpactReport.BaselineFootprint(measured, measured == 0 ? null : measuredTotal,
                        measuredPreliminary));
    }

    /**
     * The cohort's name as the newest cohort event about one of its organisations carried it (each case keeps the
     * name its registration or promotion named); null when none did.
     */
    private String cohortName(String cohortId) {
        return cases.opened(cohortId).stream()
                .filter(c -> c.cohortName() != null && !c.cohortName().isBlank())
                .max(Comparator.comparing(AssessmentCase::openedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(AssessmentCase::id))
                .map(AssessmentCase::cohortName).orElse(null);
    }

    private ImpactReport.Attendance attendance(List<AssessmentCase> open, String cohortId) {
        List<MeetingAttendance> meetings = attendance.of(cohortId);
        Map<String, List<MeetingAttendance.Entry>> byParticipant = meetings.stream()
                .flatMap(m -> m.entries().stream())
                .collect(Collectors.groupingBy(MeetingAttendance.Entry::participantId));
        List<ImpactReport.ParticipantAttendance> per = new ArrayList<>();
        int invited = 0;
        int attended = 0;
        for (AssessmentCase c : open) {
            List<MeetingAttendance.Entry> entries = byParticipant.getOrDefault(c.participantId(), List.of());
            int present = (int) entries.stream().filter(MeetingAttendance.Entry::present).count();
            per.add(new ImpactReport.ParticipantAttendance(c.id(), c.organisation().name(), c.cohortId(),
                    entries.size(), present, rate(present, entries.size())));
            invited += entries.size();
            attended += present;
        }
        return new ImpactReport.Attendance(meetings.size(), invited, attended, rate(attended, invited), per);
    }

    /** Per gemeente (every registered one), the figures over all its cohorts: for platform-admin only. */
    List<ImpactReport> platform() {
        List<ImpactReport> reports = new ArrayList<>();
        for (Document entry : shared.getCollection(GemeenteRegistry.COLLECTION).find()) {
            Object id = entry.get("_id");
            if (id instanceof String gemeente && TenantId.isValid(gemeente)) {
                reports.add(TenantContext.callAs(TenantId.of(gemeente), () -> report(null)));
            }
        }
        reports.sort(Comparator.comparing(ImpactReport::gemeente));
        return reports;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO};
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
