package nl.koploper.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumptionFormTest {

    @Test
    void dutchNumbersAreRead() {
        assertThat(ConsumptionForm.parse("4,5")).isEqualByComparingTo("4.5");
        assertThat(ConsumptionForm.parse("1.500")).isEqualByComparingTo("1500");
        assertThat(ConsumptionForm.parse("12.500,25")).isEqualByComparingTo("12500.25");
        assertThat(ConsumptionForm.parse("12.5")).isEqualByComparingTo("12.5");
        assertThat(ConsumptionForm.parse(" 20 000 ")).isEqualByComparingTo("20000");
        assertThat(ConsumptionForm.parse("0")).isEqualByComparingTo("0");
        assertThat(ConsumptionForm.parse("veel")).isNull();
        assertThat(ConsumptionForm.parse("1,2,3")).isNull();
    }

    @Test
    void emptyIsLeftOutAndZeroIsSent() {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("company.fte", "12,5");
        posted.put("electricity.boughtKwh.yearTotal", "20.000");
        posted.put("electricity.boughtKwh.preliminary", "true");
        posted.put("electricity.greenSharePercent", "");
        posted.put("fuelsAndHeat.naturalGasNm3.yearTotal", "0");
        posted.put("fuelsAndHeat.naturalGasNm3.preliminary", "true");
        posted.put("fuelsAndHeat.districtHeatGj.yearTotal", "");
        Map<String, Object> body = ConsumptionForm.posted(posted).body(2025, "a@b.example");
        assertThat(body).containsEntry("year", 2025).containsEntry("contactEmail", "a@b.example");
        assertThat(body.get("company")).isEqualTo(Map.of("fte", new BigDecimal("12.5")));
        assertThat(body.get("electricity")).isEqualTo(Map.of("boughtKwh",
                Map.of("yearTotal", new BigDecimal("20000"), "preliminary", true)));
        assertThat(body.get("fuelsAndHeat")).isEqualTo(Map.of("naturalGasNm3",
                Map.of("yearTotal", BigDecimal.ZERO, "preliminary", true)));
        assertThat(body).doesNotContainKeys("water", "waste", "commuting");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listRowsAreRenumberedAndTheirErrorsFoundBack() {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("waste[0].kg.yearTotal", "");
        posted.put("waste[1].kg.yearTotal", "300");
        posted.put("waste[1].factor.valueKgCo2e", "0,04");
        posted.put("businessTransport.fuels[1].quantity.yearTotal", "800");
        posted.put("water.m3.yearTotal", "150");
        posted.put("water.factor.valueKgCo2e", "0,3");
        ConsumptionForm form = ConsumptionForm.posted(posted);
        Map<String, Object> body = form.body(2025, "a@b.example");
        List<Map<String, Object>> waste = (List<Map<String, Object>>) body.get("waste");
        assertThat(waste).hasSize(1);
        assertThat(waste.get(0)).containsEntry("kind", "PAPER")
                .containsEntry("factor", Map.of("valueKgCo2e", new BigDecimal("0.04"), "unit", "kg"));
        Map<String, Object> transport = (Map<String, Object>) body.get("businessTransport");
        assertThat((List<Map<String, Object>>) transport.get("fuels")).containsExactly(
                Map.of("fuel", "PETROL_E10", "quantity", Map.of("yearTotal", new BigDecimal("800"))));
        assertThat(body.get("water")).isEqualTo(Map.of("m3", Map.of("yearTotal", new BigDecimal("150")),
                "factor", Map.of("valueKgCo2e", new BigDecimal("0.3"), "unit", "m3")));
        assertThat(form.formPath("waste[0].kg.yearTotal")).isEqualTo("waste[1].kg.yearTotal");
        assertThat(form.formPath("waste[0].factor")).isEqualTo("waste[1].factor.valueKgCo2e");
        assertThat(form.formPath("businessTransport.fuels[0].quantity")).isEqualTo(
                "businessTransport.fuels[1].quantity.yearTotal");
        assertThat(form.formPath("electricity.boughtKwh")).isEqualTo("electricity.boughtKwh.yearTotal");
        assertThat(form.formPath("electricity.greenSharePercent")).isEqualTo("electricity.greenSharePercent");
    }

    @Test
    @SuppressWarnings("unchecked")
    void storedDataComesBackWithWhatTheFormDoesNotShow() {
        Map<String, Object> stored = Map.of("year", 2025, "contactEmail", "x@y.example",
                "electricity", Map.of("boughtKwh", Map.of("monthly", List.of(new BigDecimal("1000.5"),
                        new BigDecimal("900"))), "greenSharePercent", new BigDecimal("50")),
                "waste", List.of(Map.of("kind", "PAPER", "kg", Map.of("yearTotal", 100),
                                "factor", Map.of("valueKgCo2e", new BigDecimal("0.04"), "unit", "kg")),
                        Map.of("kind", "GLASS", "kg", Map.of("yearTotal", 50),
                                "factor", Map.of("valueKgCo2e", new BigDecimal("0.01"), "unit", "kg"))));
        ConsumptionForm form = ConsumptionForm.of(stored);
        assertThat(form.value("electricity.greenSharePercent")).isEqualTo("50");
        assertThat(form.value("waste[1].kg.yearTotal")).isEqualTo("100");
        assertThat(form.value("waste[1].factor.valueKgCo2e")).isEqualTo("0,04");
        assertThat(form.kept()).containsEntry("electricity.boughtKwh.monthly[0]", "1000.5")
                .containsEntry("waste[101].kind", "GLASS").containsEntry("contactEmail", "x@y.example");

        // posted back unchanged (hidden inputs carry what the form does not show): the same data
        Map<String, String> posted = new LinkedHashMap<>();
        form.kept().forEach((path, value) -> posted.put("kept:" + path, value));
        posted.put("electricity.greenSharePercent", form.value("electricity.greenSharePercent"));
        posted.put("waste[1].kg.yearTotal", form.value("waste[1].kg.yearTotal"));
        posted.put("waste[1].factor.valueKgCo2e", form.value("waste[1].factor.valueKgCo2e"));
        Map<String, Object> body = ConsumptionForm.posted(posted).body(2025, "other@y.example");
        assertThat(body).containsEntry("contactEmail", "x@y.example");
        assertThat(((Map<String, Object>) ((Map<String, Object>) body.get("electricity")).get("boughtKwh"))
                .get("monthly")).isEqualTo(List.of(new BigDecimal("1000.5"), new BigDecimal("900")));
        List<Map<String, Object>> waste = (List<Map<String, Object>>) body.get("waste");
        assertThat(waste).extracting(w -> w.get("kind")).containsExactly("PAPER", "GLASS");
    }
}
