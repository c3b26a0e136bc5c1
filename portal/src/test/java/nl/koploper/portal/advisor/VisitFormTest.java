package nl.koploper.portal.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitFormTest {

    @Test
    void wallClockTimesWithoutOffsetAsTheApiReadsThem() {
        VisitForm form = new VisitForm();
        form.setDate("18-03-2027");
        form.setStartTime("9.30");
        form.setEndTime("11:00");
        form.setLocation(" Hoofdstraat 1, Leek ");
        assertThat(form.check(key -> key).any()).isFalse();
        assertThat(form.toRequest()).isEqualTo(Map.of("start", "2027-03-18T09:30", "end", "2027-03-18T11:00",
                "location", "Hoofdstraat 1, Leek"));
    }

    @Test
    void missingAndReversedTimesAreNamedAtTheirInputs() {
        VisitForm form = new VisitForm();
        form.setDate("morgen");
        form.setStartTime("11:00");
        form.setEndTime("10:00");
        assertThat(form.check(key -> key).fields()).containsOnly(Map.entry("date", "problem.code.not-a-date"),
                Map.entry("endTime", "problem.end.not-after-start"), Map.entry("location", "problem.location.required"));
    }

    @Test
    void aPlannedVisitFillsTheFormInDutchTime() {
        VisitForm form = VisitForm.of(Map.of("start", "2027-07-01T10:00:00+02:00", "end", "2027-07-01T11:30:00+02:00",
                "location", "Raadhuis"));
        assertThat(form.getDate()).isEqualTo("2027-07-01");
        assertThat(form.getStartTime()).isEqualTo("10:00");
        assertThat(form.getEndTime()).isEqualTo("11:30");
        assertThat(form.getLocation()).isEqualTo("Raadhuis");
    }
}
