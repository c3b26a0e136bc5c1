package nl.koploper.assessment.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Catalogues for unit tests: a complete, valid issue catalogue written out here (the 37 clause numbers with short
 * Dutch texts) and the small recommendation catalogue in {@code src/test/resources/test-catalogue}, which has
 * sector-specific entries for steel (24), horeca (56) and wholesale (46).
 */
public final class TestCatalogues {

    private TestCatalogues() {
    }

    /** The JSON of one valid issue entry. */
    public static String issueJson(String code, CoreSubject subject) {
        return """
                {"code":"%s","coreSubject":"%s","title":"Onderwerp %s",
                 "internalPrompts":["Hoe regelt u %s intern?","Wie is verantwoordelijk?"],
                 "productsAndServicesPrompts":["Speelt %s in uw producten?"],
                 "maturityHints":["Niets geregeld","Incidenteel","Beleid op papier","Structureel en gemeten","Voorloper"]}"""
                .formatted(code, subject, code, code, code);
    }

    /** Every issue entry of a valid catalogue, in clause order. */
    public static List<String> issueEntries() {
        List<String> entries = new ArrayList<>();
        for (CoreSubject subject : CoreSubject.values()) {
            subject.issueCodes().forEach(code -> entries.add(issueJson(code, subject)));
        }
        return entries;
    }

    public static String array(List<String> entries) {
        return "[" + String.join(",\n", entries) + "]";
    }

    public static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    public static IssueCatalogue issues() {
        return IssueCatalogue.load(stream(array(issueEntries())), "test issues");
    }

    public static String smallRecommendationsJson() {
        try (InputStream in = TestCatalogues.class.getResourceAsStream("/test-catalogue/recommendations-small.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RecommendationCatalogue recommendations() {
        return RecommendationCatalogue.load(stream(smallRecommendationsJson()), "small test recommendations",
                issues());
    }
}
