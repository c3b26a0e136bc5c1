package nl.koploper.portal.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewFormTest {

    private static final List<String> CODES = List.of("6.5.1", "6.5.2", "6.5.3");

    @Test
    void onlyFilledIssuesBecomeBodiesAndAPerspectiveLeftEmptyIsNotSent() {
        Map<String, String> posted = new HashMap<>();
        posted.put("6.5.1.internal.relevance", "VERY_RELEVANT");
        posted.put("6.5.1.internal.maturity", "2");
        posted.put("6.5.1.internal.notes", "  zonnepanelen gepland ");
        posted.put("6.5.1.productsAndServices.relevance", "NOT_RELEVANT");
        posted.put("6.5.2.internal.relevance", "RELEVANT");
        posted.put("6.5.2.internal.maturity", "4");
        posted.put("version", "\"3\"");

        ReviewForm form = ReviewForm.read(CODES, posted, key -> key);

        assertThat(form.errors()).isEmpty();
        assertThat(form.bodies()).containsOnlyKeys("6.5.1", "6.5.2");
        assertThat(form.bodies().get("6.5.1")).containsEntry("internal",
                Map.of("relevance", "VERY_RELEVANT", "maturity", 2, "notes", "zonnepanelen gepland"));
        @SuppressWarnings("unchecked")
        Map<String, Object> notRelevant = (Map<String, Object>) form.bodies().get("6.5.1").get("productsAndServices");
        assertThat(notRelevant).containsEntry("relevance", "NOT_RELEVANT").containsEntry("maturity", null);
        assertThat(form.bodies().get("6.5.2")).containsOnlyKeys("internal");
        assertThat(ReviewForm.answered(CODES, form.values())).isEqualTo(3);
    }

    @Test
    void aRelevantAnswerWithoutMaturityOrAMaturityWithoutRelevanceIsRefusedAndKeptAsTyped() {
        Map<String, String> posted = new HashMap<>();
        posted.put("6.5.1.internal.relevance", "RELEVANT");
        posted.put("6.5.2.internal.maturity", "3");
        posted.put("6.5.2.internal.notes", "iets");
        posted.put("6.5.3.internal.relevance", "RELEVANT");
        posted.put("6.5.3.internal.maturity", "7");

        ReviewForm form = ReviewForm.read(CODES, posted, key -> key);

        assertThat(form.bodies()).isEmpty();
        assertThat(form.errors()).containsOnly(
                Map.entry("6.5.1.internal.maturity", "adv.review.error.maturity"),
                Map.entry("6.5.2.internal.relevance", "adv.review.error.relevance"),
                Map.entry("6.5.3.internal.maturity", "adv.review.error.maturity"));
        assertThat(form.values()).containsEntry("6.5.1.internal.relevance", "RELEVANT")
                .containsEntry("6.5.2.internal.maturity", "3").containsEntry("6.5.2.internal.notes", "iets");
    }

    @Test
    void savedAnswersOfTheCaseFillTheInputs() {
        Map<String, String> values = ReviewForm.saved(List.of(Map.of("code", "6.2",
                "internal", Map.of("relevance", "RELEVANT", "maturity", 3, "notes", "directie"))));
        assertThat(values).containsEntry("6.2.internal.relevance", "RELEVANT")
                .containsEntry("6.2.internal.maturity", "3").containsEntry("6.2.internal.notes", "directie")
                .doesNotContainKey("6.2.productsAndServices.relevance");
        assertThat(ReviewForm.id("6.5.1.internal.maturity")).isEqualTo("q-6-5-1-internal-maturity");
    }

    @Test
    void onlyIssuesThatDifferFromWhatIsSavedAreSentAgain() {
        Map<String, String> saved = ReviewForm.saved(List.of(
                Map.of("code", "6.5.1", "internal", Map.of("relevance", "RELEVANT", "maturity", 2, "notes", "led")),
                Map.of("code", "6.5.2", "internal", Map.of("relevance", "RELEVANT", "maturity", 1))));
        Map<String, String> posted = new HashMap<>();
        posted.put("6.5.1.internal.relevance", "RELEVANT");
        posted.put("6.5.1.internal.maturity", "2");
        posted.put("6.5.1.internal.notes", " led ");
        posted.put("6.5.2.internal.relevance", "RELEVANT");
        posted.put("6.5.2.internal.maturity", "3");

        ReviewForm form = ReviewForm.read(CODES, posted, key -> key);

        assertThat(form.bodies()).containsOnlyKeys("6.5.1", "6.5.2");
        assertThat(form.bodiesChangedFrom(saved)).containsOnlyKeys("6.5.2");
        assertThat(ReviewForm.differing(CODES, form.values(), saved)).containsExactly("6.5.2.internal");
        assertThat(ReviewForm.differing(CODES, saved, saved)).isEmpty();
    }
}
