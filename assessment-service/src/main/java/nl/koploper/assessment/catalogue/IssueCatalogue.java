package nl.koploper.assessment.catalogue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.koploper.platform.web.FieldProblem;
import tools.jackson.core.type.TypeReference;

/**
 * The 37 ISO 26000 issues with their Dutch prompts, read once from {@code catalogue/iso26000-issues.json}. Loading
 * checks every entry and refuses the whole file on any problem (see {@link InvalidCatalogueException}).
 */
public final class IssueCatalogue {

    static final int MATURITY_LEVELS = 5;

    /** The file's shape; every field is checked before it becomes an {@link Iso26000Issue}. */
    record Entry(String code, String coreSubject, String title, List<String> internalPrompts,
                 List<String> productsAndServicesPrompts, List<String> maturityHints) {
    }

    private final Map<String, Iso26000Issue> byCode;

    private IssueCatalogue(List<Iso26000Issue> issues) {
        Map<String, Iso26000Issue> map = new LinkedHashMap<>();
        issues.forEach(issue -> map.put(issue.code(), issue));
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static IssueCatalogue load(InputStream json, String source) {
        List<Entry> entries = CatalogueJson.readArray(json, source, new TypeReference<>() {
        });
        List<FieldProblem> problems = new ArrayList<>();
        List<Iso26000Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> expected = CoreSubject.allIssueCodes();
        for (int n = 0; n < entries.size(); n++) {
            Entry entry = entries.get(n);
            String at = "[" + n + "]";
            if (entry == null) {
                problems.add(new FieldProblem(at, "missing", "An entry is null"));
                continue;
            }
            int before = problems.size();
            if (entry.code() == null || !expected.contains(entry.code())) {
                problems.add(new FieldProblem(at + ".code", "unknown-issue",
                        "'" + entry.code() + "' is not an ISO 26000 issue clause (6.2, 6.3.3-6.3.10, … 6.8.3-6.8.9)"));
            } else if (!seen.add(entry.code())) {
                problems.add(new FieldProblem(at + ".code", "duplicate", "Issue " + entry.code() + " is listed twice"));
            }
            CoreSubject subject = Enums.parse(CoreSubject.class, entry.coreSubject(), at + ".coreSubject", problems);
            if (subject != null && entry.code() != null && expected.contains(entry.code())
                    && !subject.issueCodes().contains(entry.code())) {
                problems.add(new FieldProblem(at + ".coreSubject", "wrong-core-subject",
                        "Issue " + entry.code() + " belongs to clause " + entry.code().substring(0, 3) + ", not to "
                                + subject + " (" + subject.clause() + ")"));
            }
            Texts.requireText(entry.title(), at + ".title", 200, problems);
            Texts.requireTexts(entry.internalPrompts(), at + ".internalPrompts", 2, 4, problems);
            Texts.requireTexts(entry.productsAndServicesPrompts(), at + ".productsAndServicesPrompts", 1, 3, problems);
            Texts.requireTexts(entry.maturityHints(), at + ".maturityHints", MATURITY_LEVELS, MATURITY_LEVELS,
                    problems);
            if (problems.size() == before) {
                issues.add(new Iso26000Issue(entry.code(), subject, entry.title().strip(), entry.internalPrompts(),
                        entry.productsAndServicesPrompts(), entry.maturityHints()));
            }
        }
        if (problems.isEmpty()) {
            List<String> missing = expected.stream().filter(code -> !seen.contains(code)).toList();
            if (!missing.isEmpty()) {
                problems.add(new FieldProblem("", "missing-issues", "The issues " + missing + " are missing"));
            } else if (!issues.stream().map(Iso26000Issue::code).toList().equals(expected)) {
                problems.add(new FieldProblem("", "clause-order", "The issues are not in ISO 26000 clause order"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return new IssueCatalogue(issues);
    }

    /** Every issue in clause order. */
    public List<Iso26000Issue> issues() {
        return List.copyOf(byCode.values());
    }

    public Optional<Iso26000Issue> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Iso26000Issue get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("No ISO 26000 issue " + code));
    }

    public List<Iso26000Issue> of(CoreSubject subject) {
        return byCode.values().stream().filter(issue -> issue.coreSubject() == subject).toList();
    }

    public int size() {
        return byCode.size();
    }
}
