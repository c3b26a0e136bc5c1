package nl.koploper.footprint.consumption;

import static nl.koploper.footprint.FootprintApi.CONTACT;
import static nl.koploper.footprint.FootprintApi.body;
import static nl.koploper.footprint.FootprintApi.data;
import static nl.koploper.footprint.FootprintApi.decimal;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The CSV import and export of consumption data: the README's example file imports to exactly the data of its JSON
 * equivalent and the same footprint; export and import are inverse; every kind of bad file is refused with the
 * line of each problem and nothing stored; roles and gemeenten as for the JSON PUT.
 */
@KoploperIntegrationTest
class ConsumptionCsvIT extends AbstractIT {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /** The README example's data as the JSON PUT takes it (the office of FootprintApi, monthly and with a mark). */
    static final String EXAMPLE_AS_JSON = """
            {
              "year": 2025,
              "contactEmail": "%s",
              "company": {"fte": 10, "floorAreaM2": 400, "sbiCode": "10.71"},
              "electricity": {"boughtKwh": {"monthly": [2000, 1900, 1800, 1600, 1400, 1300, 1300, 1400, 1500, 1700,
                                                        1900, 2200]},
                              "greenSharePercent": 50},
              "fuelsAndHeat": {"naturalGasNm3": {"yearTotal": 3000, "preliminary": true}},
              "businessTransport": {
                "fuels": [{"fuel": "DIESEL_B7", "quantity": {"yearTotal": 1000}}],
                "flights": [{"band": "UNDER_700_KM", "passengerKm": {"yearTotal": 1200}}]
              },
              "commuting": {"carKm": {"yearTotal": 50000}},
              "water": {"m3": {"yearTotal": 150}, "factor": {"valueKgCo2e": 0.298, "unit": "m3", "source": "Vitens 2025"}},
              "waste": [{"kind": "RESIDUAL", "kg": {"yearTotal": 2000},
                         "factor": {"valueKgCo2e": 0.5, "unit": "kg", "source": "afvalverwerker"}}]
            }
            """.formatted(CONTACT);

    String gemeente;
    String coordinator;

    @BeforeEach
    void aGemeente() {
        gemeente = gemeenten.newGemeente("csv");
        coordinator = bearer(gemeente, "coordinator");
    }

    @Test
    void theReadmeExampleIsTheTestFile() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String start = "<!-- csv-example -->\n```\n";
        int from = readme.indexOf(start);
        assertThat(from).as("README marks its example with <!-- csv-example -->").isPositive();
        String block = readme.substring(from + start.length(), readme.indexOf("```", from + start.length()));
        assertThat(block).isEqualTo(example());
    }

    @Test
    void theExampleImportsToTheDataAndFootprintOfItsJsonEquivalent() throws Exception {
        String fromCsv = api.participant(gemeente);
        String fromJson = api.participant(gemeente);
        importCsv(coordinator, fromCsv, 2025, example().getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.monthly[11]").value(2200))
                .andExpect(jsonPath("$.data.fuelsAndHeat.naturalGasNm3.preliminary").value(true))
                .andExpect(jsonPath("$.data.fuelsAndHeat.districtHeatGj").doesNotExist());
        api.putData(coordinator, fromJson, 2025, EXAMPLE_AS_JSON).andExpect(status().isCreated());

        Object csvData = JsonPath.read(body(api.getData(coordinator, fromCsv, 2025)), "$.data");
        Object jsonData = JsonPath.read(body(api.getData(coordinator, fromJson, 2025)), "$.data");
        assertThat(csvData).isEqualTo(jsonData);

        String csvFootprint = body(api.calculate(coordinator, fromCsv, 2025).andExpect(status().isCreated()));
        String jsonFootprint = body(api.calculate(coordinator, fromJson, 2025).andExpect(status().isCreated()));
        for (String part : List.of("$.totals", "$.items", "$.factorsUsed", "$.warnings", "$.preliminary",
                "$.factorSetYear")) {
            assertThat((Object) JsonPath.read(csvFootprint, part)).as(part)
                    .isEqualTo(JsonPath.read(jsonFootprint, part));
        }
        // the hand-computed office of FootprintApi: the monthly electricity adds up to its 20,000 kWh
        assertThat(decimal(csvFootprint, "$.totals.totalMarketBasedKg")).isEqualByComparingTo("25458.5");
        assertThat(JsonPath.<Boolean>read(csvFootprint, "$.preliminary")).isTrue();
    }

    @Test
    void anExportImportsBackToTheSameData() throws Exception {
        String original = api.participant(gemeente);
        String copy = api.participant(gemeente);
        String tricky = """
                {"contactEmail": "%s",
                 "company": {"fte": 12.5, "productionVolume": 1.5, "productionUnit": "ton"},
                 "electricity": {"boughtKwh": {"monthly": [100, null, 90.125, 0, 1, 2, 3, 4, 5, 6, 7, 8],
                                               "preliminary": true}},
                 "waste": [{"kind": "RESIDUAL", "name": "rest; \\"gemengd\\"", "kg": {"yearTotal": 12.345},
                            "factor": {"valueKgCo2e": 0.5, "unit": "kg", "source": "=HYPERLINK(1)"}}],
                 "otherScope3": [{"description": "-koffie", "category": "PURCHASED_GOODS_AND_SERVICES",
                                  "quantity": {"yearTotal": 1000}, "factor": {"valueKgCo2e": 1.2, "unit": "EUR",
                                  "source": "eigen"}}]}
                """.formatted(CONTACT);
        api.putData(coordinator, original, 2025, tricky).andExpect(status().isCreated());

        byte[] exported = http.perform(get(data(original, 2025) + "/csv").header("Authorization", coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + original
                        + "-2025.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFfield;value;preliminary\r\n")
                .contains("electricity.boughtKwh.monthly[2];90,125;true\r\n")
                .contains("waste[0].name;\"rest; \"\"gemengd\"\"\";\r\n")
                .contains("waste[0].factor.source;'=HYPERLINK(1);\r\n");

        importCsv(coordinator, copy, 2025, exported, null).andExpect(status().isCreated());
        assertThat((Object) JsonPath.read(body(api.getData(coordinator, copy, 2025)), "$.data"))
                .isEqualTo(JsonPath.read(body(api.getData(coordinator, original, 2025)), "$.data"));
    }

    @Test
    void everyProblemOfAFileIsListedWithItsLineAndNothingIsStored() throws Exception {
        String organisation = api.participant(gemeente);
        String file = """
                field;value;preliminary
                company.fte;1.500;
                company.floorAreaM2;1.000,5;
                electricity.boughtKwh.yearTotal;veel;
                electricity.boughtKwh;100;
                electricity.greenSharePercent;150;
                electricity.boughtKwh.monthly[12];1;
                fuelsAndHeat.naturalGasM3;3000;
                fuelsAndHeat.propaneLitres;-5;
                company.fte;2;
                businessTransport.fuels[0].fuel;KEROSINE;
                businessTransport.fuels[0].quantity;10;misschien
                company.sbiCode;1;true
                waste[1].kind;RESIDUAL;
                water;150;
                waste[1].kg;1;
                """;
        String answer = body(problem(importCsv(coordinator, organisation, 2025,
                file.getBytes(StandardCharsets.UTF_8), null), 400));
        List<Map<String, String>> errors = JsonPath.read(answer, "$.errors");
        assertThat(errors).extracting(error -> error.get("field") + " " + error.get("code")).containsExactlyInAnyOrder(
                "line 2: company.fte ambiguous-number",
                "line 3: company.floorAreaM2 thousands-separator",
                "line 4: electricity.boughtKwh.yearTotal invalid-type",
                "line 5: electricity.boughtKwh.yearTotal duplicate",
                "line 7: electricity.boughtKwh.monthly[12] out-of-range",
                "line 8: fuelsAndHeat.naturalGasM3 unknown-field",
                "line 10: company.fte duplicate",
                "line 11: businessTransport.fuels[0].fuel unknown",
                "line 12: businessTransport.fuels[0].quantity invalid-preliminary",
                "line 13: company.sbiCode preliminary-not-applicable",
                "line 15: water invalid-field");
        problem(api.getData(coordinator, organisation, 2025), 404);

        // once the file reads, the JSON PUT's checks run, again with lines
        String readable = """
                field;value
                electricity.greenSharePercent;150
                fuelsAndHeat.propaneLitres;-5
                waste[1].kind;RESIDUAL
                company.sbiCode;1
                """;
        errors = JsonPath.read(body(problem(importCsv(coordinator, organisation, 2025,
                readable.getBytes(StandardCharsets.UTF_8), null), 400)), "$.errors");
        assertThat(errors).extracting(error -> error.get("field") + " " + error.get("code")).contains(
                "line 4: waste[1] missing-index");
        String ordered = readable.replace("waste[1]", "waste[0]");
        errors = JsonPath.read(body(problem(importCsv(coordinator, organisation, 2025,
                ordered.getBytes(StandardCharsets.UTF_8), null), 400)), "$.errors");
        assertThat(errors).extracting(error -> error.get("field") + " " + error.get("code")).contains(
                "line 2: electricity.greenSharePercent out-of-range",
                "line 3: fuelsAndHeat.propaneLitres negative",
                "line 5: company.sbiCode invalid");
        problem(api.getData(coordinator, organisation, 2025), 404);
    }

    @Test
    void badFilesAsAWhole() throws Exception {
        String organisation = api.participant(gemeente);
        assertFileProblem(organisation, "", "file", "empty");
        assertFileProblem(organisation, "field;value\n", "file", "empty");
        assertFileProblem(organisation, "veld;waarde\ncompany.fte;1\n", "line 1", "header");
        assertFileProblem(organisation, "field;value\ncompany.fte;\"1\n", "line 2", "quote");
        assertFileProblem(organisation, "field;value\ncompany.fte;1;2\n", "line 2: company.fte", "columns");
        assertFileProblem(organisation, "field;value\nyear;2024\n", "line 2: year", "invalid");
        assertFileProblem(organisation, "field,value\ncompany.fte,\"1,5\"\n", "line 2: company.fte",
                "decimal-separator");
        byte[] latin1 = "field;value\nwaste[0].name;café\n".getBytes(Charset.forName("ISO-8859-1"));
        List<Map<String, String>> errors = JsonPath.read(body(problem(importCsv(coordinator, organisation, 2025,
                latin1, null), 400)), "$.errors");
        assertThat(errors).extracting(error -> error.get("code")).containsExactly("encoding");

        byte[] tooLarge = ("field;value\n" + "# padding\n".repeat(30_000)).getBytes(StandardCharsets.UTF_8);
        problem(importCsv(coordinator, organisation, 2025, tooLarge, null), 413);
        problem(http.perform(put(data(organisation, 2025) + "/csv").header("Authorization", coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{}")), 415);
        problem(importCsv(coordinator, "no:colons", 2025, example().getBytes(StandardCharsets.UTF_8), null), 400);
        problem(api.getData(coordinator, organisation, 2025), 404);
    }

    @Test
    void aCommaSeparatedFileWithBomAndPointDecimalsReadsToo() throws Exception {
        String organisation = api.participant(gemeente);
        String file = "\uFEFFfield,value,preliminary\r\ncompany.fte,12.5,\r\ncompany.floorAreaM2,1.500,\r\n"
                + "electricity.boughtKwh,20000,ja\r\nelectricity.greenSharePercent,0,\r\n"
                + "company.productionUnit,\"ton, vers\",\r\ncompany.productionVolume,3,\r\n,,\r\n";
        importCsv(coordinator, organisation, 2025, file.getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.data.company.fte").value(12.5))
                .andExpect(jsonPath("$.data.company.floorAreaM2").value(1.5))
                .andExpect(jsonPath("$.data.electricity.boughtKwh.preliminary").value(true))
                .andExpect(jsonPath("$.data.electricity.greenSharePercent").value(0))
                .andExpect(jsonPath("$.data.company.productionUnit").value("ton, vers"));
    }

    @Test
    void rolesAndIfMatchAsForTheJsonPut() throws Exception {
        String organisation = api.participant(gemeente);
        byte[] file = example().getBytes(StandardCharsets.UTF_8);
        // a participant imports its own organisation's file only: ParticipantWritesIT
        problem(importCsv(bearer(gemeente, "jury"), organisation, 2025, file, null), 403);
        problem(importCsv(coordinator, organisation, 2025, file, "\"0\""), 412);
        importCsv(api.advisor(gemeente, organisation), organisation, 2025, file, null).andExpect(status().isCreated());
        importCsv(coordinator, organisation, 2025, file, "\"0\"").andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        problem(importCsv(coordinator, organisation, 2025, file, "\"0\""), 412);
        // the contact reads its own organisation's file; another participant does not learn it exists
        exportCsv("Bearer " + TestTokens.tokenWithEmail(gemeente, CONTACT, "participant"), organisation)
                .andExpect(status().isOk());
        problem(exportCsv("Bearer " + TestTokens.tokenWithEmail(gemeente, "someone@else.example", "participant"),
                organisation), 404);
    }

    @Test
    void anotherGemeenteNeitherReadsNorOverwrites() throws Exception {
        String organisation = api.participant(gemeente);
        byte[] file = example().getBytes(StandardCharsets.UTF_8);
        importCsv(coordinator, organisation, 2025, file, null).andExpect(status().isCreated());
        String gemeenteB = gemeenten.newGemeente("csv-b");
        String b = bearer(gemeenteB, "coordinator");

        problem(exportCsv(b, organisation), 404);
        // not a participant of B: nothing of A's to overwrite, nothing of B's to create
        problem(importCsv(b, organisation, 2025, file, null), 404);
        // once B has a participant with the same id, its import is B's own data; A's stays as it was
        api.register(gemeenteB, organisation, CONTACT);
        problem(importCsv(b, organisation, 2025, file, "\"0\""), 412);
        importCsv(b, organisation, 2025, "field;value\ncompany.fte;1\n".getBytes(StandardCharsets.UTF_8), null)
                .andExpect(status().isCreated());
        api.getData(coordinator, organisation, 2025).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.data.company.fte").value(10));
    }

    private void assertFileProblem(String organisation, String file, String field, String code) throws Exception {
        List<Map<String, String>> errors = JsonPath.read(body(problem(importCsv(coordinator, organisation, 2025,
                file.getBytes(StandardCharsets.UTF_8), null), 400)), "$.errors");
        assertThat(errors).as(file).extracting(error -> error.get("field") + " " + error.get("code"))
                .containsExactly(field + " " + code);
    }

    private ResultActions importCsv(String token, String organisationId, int year, byte[] file, String ifMatch)
            throws Exception {
        MockHttpServletRequestBuilder request = put(data(organisationId, year) + "/csv")
                .header("Authorization", token).contentType(CSV).content(file);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.perform(request);
    }

    private ResultActions exportCsv(String token, String organisationId) throws Exception {
        return http.perform(get(data(organisationId, 2025) + "/csv").header("Authorization", token));
    }

    static String example() throws IOException {
        try (InputStream in = ConsumptionCsvIT.class.getResourceAsStream("/consumption/example-office.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
