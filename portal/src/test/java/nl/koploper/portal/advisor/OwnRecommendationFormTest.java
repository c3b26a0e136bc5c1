package nl.koploper.portal.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnRecommendationFormTest {

    @Test
    void aTitleADescriptionAndWhatWasChosenBecomeTheBody() {
        var form = new OwnRecommendationForm(" Restwarmte ", "Gebruik de warmte van de ovens.\n",
                List.of("6.5.4", ""), "", "LOW");
        assertThat(form.check(key -> key).any()).isFalse();
        assertThat(form.toRequest()).isEqualTo(Map.of("title", "Restwarmte",
                "description", "Gebruik de warmte van de ovens.", "issues", List.of("6.5.4"), "cost", "LOW"));
    }

    @Test
    void whatTheServiceWouldRefuseIsNamedPerFieldAndKeptAsTyped() {
        var form = new OwnRecommendationForm("", "x".repeat(2001), List.of("6.2", "6.3.3", "6.5.1", "6.5.2"),
                "EASY", "FREE");
        var errors = form.check(key -> key);
        assertThat(errors.general()).isEqualTo("problem.fields");
        assertThat(errors.fields()).containsOnly(Map.entry("title", "problem.title.required"),
                Map.entry("description", "problem.description.too-long"), Map.entry("issues", "problem.issues.count"),
                Map.entry("effort", "adv.own.error.effort"), Map.entry("cost", "adv.own.error.cost"));
        assertThat(form.chose("6.5.2")).isTrue();
        assertThat(OwnRecommendationForm.inputOf("issues[2]")).isEqualTo("issues");
    }
}
