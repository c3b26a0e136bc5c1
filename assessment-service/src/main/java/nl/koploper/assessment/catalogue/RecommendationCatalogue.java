package nl.koploper.assessment.catalogue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.koploper.platform.web.FieldProblem;
import tools.jackson.core.type.TypeReference;

/**
 * The recommendations a profile chooses from, read once from {@code catalogue/recommendations.json}. Loading checks
 * every entry against the format (ids {@code R-<SUBJECT3>-<nnn>}, unique; issues that exist; sector entries;
 * enumerated values; a size range) and refuses the whole file on any problem. {@link #coverageProblems} adds the
 * checks on the catalogue as a whole that the shipped file must pass.
 */
public final class RecommendationCatalogue {

    static final Pattern ID = Pattern.compile("R-(GOV|HRI|LAB|ENV|FOP|CON|COM)-[0-9]{3}");
    static final int MINIMUM_SIZE = 80;

    /** The file's shape; every field is checked before it becomes a {@link Recommendation}. */
    record Entry(String id, String title, String description, List<String> issues, List<String> sectors,
                 List<String> organisationTypes, Double minFte, Double maxFte, String effort, String cost,
                 String footprintTheme, String footprintMeasure) {
    }

    private final Map<String, Recommendation> byId;

    private RecommendationCatalogue(List<Recommendation> recommendations) {
        Map<String, Recommendation> map = new LinkedHashMap<>();
        recommendations.forEach(r -> map.put(r.id(), r));
        this.byId = Collections.unmodifiableMap(map);
    }

    public static RecommendationCatalogue load(InputStream json, String source, IssueCatalogue issues) {
        List<Entry> entries = CatalogueJson.readArray(json, source, new TypeReference<>() {
        });
        List<FieldProblem> problems = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 0; n < entries.size(); n++) {
            Entry entry = entries.get(n);
            String at = "[" + n + "]";
            if (entry == null) {
                problems.add(new FieldProblem(at, "missing", "An entry is null"));
                continue;
            }
            int before = problems.size();
            if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                problems.add(new FieldProblem(at + ".id", "invalid-id",
                        "'" + entry.id() + "' is not an id of the form R-<GOV|HRI|LAB|ENV|FOP|CON|COM>-<nnn>"));
            } else if (!ids.add(entry.id())) {
                problems.add(new FieldProblem(at + ".id", "duplicate", "Id " + entry.id() + " is used twice"));
            }
            Texts.requireText(entry.title(), at + ".title", 200, problems);
            Texts.requireText(entry.description(), at + ".description", 2000, problems);
            checkIssues(entry.issues(), at + ".issues", issues, problems);
            checkSectors(entry.sectors(), at + ".sectors", problems);
            List<OrganisationType> types = organisationTypes(entry.organisationTypes(), at + ".organisationTypes",
                    problems);
            if (entry.minFte() == null || entry.minFte() < 0) {
                problems.add(new FieldProblem(at + ".minFte", "out-of-range", "Give 0 or more FTE"));
            } else if (entry.maxFte() != null && entry.maxFte() < entry.minFte()) {
                problems.add(new FieldProblem(at + ".maxFte", "out-of-range",
                        "The upper bound " + entry.maxFte() + " is below minFte " + entry.minFte()));
            }
            Effort effort = Enums.parse(Effort.class, entry.effort(), at + ".effort", problems);
            Cost cost = Enums.parse(Cost.class, entry.cost(), at + ".cost", problems);
            FootprintTheme theme = entry.footprintTheme() == null ? null
                    : Enums.parse(FootprintTheme.class, entry.footprintTheme(), at + ".footprintTheme", problems);
            FootprintMeasure measure = entry.footprintMeasure() == null ? null
                    : Enums.parse(FootprintMeasure.class, entry.footprintMeasure(), at + ".footprintMeasure",
                    problems);
            if (problems.size() == before) {
                recommendations.add(new Recommendation(entry.id(), entry.title().strip(), entry.description().strip(),
                        entry.issues(), entry.sectors(), types, entry.minFte(), entry.maxFte(), effort, cost, theme,
                        measure));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return new RecommendationCatalogue(recommendations);
    }

    private static void checkIssues(List<String> codes, String field, IssueCatalogue issues,
                                    List<FieldProblem> problems) {
        if (codes == null || codes.isEmpty() || codes.size() > 3) {
            problems.add(new FieldProblem(field, "count", "Name 1 to 3 ISO 26000 issues the recommendation addresses"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < codes.size(); n++) {
            if (!issues.contains(codes.get(n))) {
                problems.add(new FieldProblem(field + "[" + n + "]", "unknown-issue",
                        "'" + codes.get(n) + "' is not an issue of the ISO 26000 catalogue"));
            } else if (!seen.add(codes.get(n))) {
                problems.add(new FieldProblem(field + "[" + n + "]", "duplicate", codes.get(n) + " is listed twice"));
            }
        }
    }

    private static void checkSectors(List<String> sectors, String field, List<FieldProblem> problems) {
        if (sectors == null || sectors.isEmpty()) {
            problems.add(new FieldProblem(field, "missing", "Give [\"*\"] or SBI section letters / 2-digit divisions"));
            return;
        }
        for (int n = 0; n < sectors.size(); n++) {
            String sector = sectors.get(n);
            if (sector == null || !CatalogueSectors.ENTRY.matcher(sector).matches()) {
                problems.add(new FieldProblem(field + "[" + n + "]", "unknown-sector",
                        "'" + sector + "' is not *, an SBI section letter A-U or a 2-digit SBI division"));
            }
        }
        if (sectors.contains("*") && sectors.size() > 1) {
            problems.add(new FieldProblem(field, "invalid", "\"*\" already means every sector; list nothing else"));
        }
    }

    private static List<OrganisationType> organisationTypes(List<String> names, String field,
                                                            List<FieldProblem> problems) {
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem(field, "missing", "Give [\"*\"] or organisation types"));
            return List.of();
        }
        if (names.equals(List.of("*"))) {
            return List.of();
        }
        List<OrganisationType> types = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            OrganisationType type = Enums.parse(OrganisationType.class, names.get(n), field + "[" + n + "]", problems);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    /**
     * What the shipped catalogue must offer as a whole: at least {@value #MINIMUM_SIZE} recommendations, every ISO 26000
     * issue addressed by at least one, and every footprint measure used by at least one environmental recommendation,
     * so that no review answer and no footprint theme is left without advice.
     */
    public List<FieldProblem> coverageProblems(IssueCatalogue issues) {
        List<FieldProblem> problems = new ArrayList<>();
        if (byId.size() < MINIMUM_SIZE) {
            problems.add(new FieldProblem("", "too-few", "The catalogue holds " + byId.size()
                    + " recommendations; at least " + MINIMUM_SIZE + " are needed"));
        }
        Set<String> addressed = new HashSet<>();
        Set<FootprintMeasure> measures = EnumSet.noneOf(FootprintMeasure.class);
        for (Recommendation r : byId.values()) {
            addressed.addAll(r.issues());
            if (r.footprintMeasure() != null) {
                measures.add(r.footprintMeasure());
            }
        }
        issues.issues().stream().filter(issue -> !addressed.contains(issue.code())).forEach(issue ->
                problems.add(new FieldProblem("", "issue-without-recommendation",
                        "No recommendation addresses issue " + issue.code() + " " + issue.title())));
        for (FootprintMeasure measure : FootprintMeasure.values()) {
            if (!measures.contains(measure)) {
                problems.add(new FieldProblem("", "measure-unused",
                        "No recommendation names footprint measure " + measure));
            }
        }
        return problems;
    }

    /** Refuses the catalogue unless it passes {@link #coverageProblems}. */
    public RecommendationCatalogue requireCoverage(String source, IssueCatalogue issues) {
        List<FieldProblem> problems = coverageProblems(issues);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return this;
    }

    public List<Recommendation> recommendations() {
        return List.copyOf(byId.values());
    }

    public Optional<Recommendation> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public int size() {
        return byId.size();
    }
}
