package nl.koploper.portal.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreFormTest {

    @Test
    void everyCriterionNeedsAMarkFromOneToFive() {
        ScoreForm form = ScoreForm.typed(Map.of("clarity", "1", "credibility", "5", "reach", "0",
                "originality", "drie"));
        assertThat(form.wrong()).containsExactly("reach", "originality");
        assertThat(form.mark("originality")).isEqualTo("drie");
    }

    @Test
    void theBodyCarriesTheMarksAsNumbersAndNoEmptyComment() {
        ScoreForm form = ScoreForm.typed(Map.of("clarity", "4", "credibility", "3", "reach", " 5 ",
                "originality", "2", "comment", "  "));
        assertThat(form.wrong()).isEmpty();
        assertThat(form.body()).containsEntry("reach", 5).containsEntry("comment", null);
        assertThat(form.total()).isEqualTo(14);
    }

    @Test
    void aCommentOverTwoThousandCharactersIsRefused() {
        ScoreForm form = ScoreForm.typed(Map.of("clarity", "4", "credibility", "3", "reach", "5",
                "originality", "2", "comment", "x".repeat(2001)));
        assertThat(form.wrong()).containsExactly("comment");
    }

    @Test
    void theSavedScoreFillsTheFormAgain() {
        ScoreForm form = ScoreForm.of(Map.of("clarity", 4, "credibility", 3, "reach", 5, "originality", 2,
                "total", 14, "comment", "Sterk"));
        assertThat(form.mark("reach")).isEqualTo("5");
        assertThat(form.comment()).isEqualTo("Sterk");
    }
}
