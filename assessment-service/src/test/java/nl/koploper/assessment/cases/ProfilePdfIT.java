package nl.koploper.assessment.cases;

import static nl.koploper.assessment.AssessmentApi.CASES;
import static nl.koploper.assessment.AssessmentApi.coordinator;
import static nl.koploper.assessment.AssessmentApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import nl.koploper.assessment.AssessmentApi;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The profile as a Dutch PDF, read back as text; the same access rules as the profile itself: a published version for
 * the case's readers, a draft (marked as such on every page) for those who work on it.
 */
@KoploperIntegrationTest
class ProfilePdfIT extends ServiceIntegrationTest {

    @Test
    void thePublishedProfileReadsBackWithOrganisationGemeenteScoresAndRecommendations() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("pdf");
        String other = gemeenten.newGemeente("pdf-other");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Staalwerk Één BV", "24.10", 120, "staal@example.nl");
        api.openCase(gemeente, "Buurman BV", "24.10", 12, "buur@example.nl");
        api.sendFootprint(gemeente, caseId, java.util.UUID.randomUUID().toString(), AssessmentApi.footprintJson(
                gemeente, caseId, 2098, 1, "300", "500", "200.5", "1000.5", "500", "300", "200.5"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                api.read(CASES + "/" + caseId, coordinator(gemeente))
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                                .jsonPath("$.baselineFootprint.year").value(2098)));
        String profile = api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String recommendation = AssessmentApi.at(profile, "$.recommendations[0].title");
        Integer environment = AssessmentApi.at(profile, "$.scores[3].score");
        String pdfPath = CASES + "/" + caseId + "/profiles/1.pdf";

        byte[] pdf = api.read(pdfPath, AssessmentApi.participant(gemeente, "staal@example.nl"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = AssessmentApi.pdfText(pdf);
        assertThat(text).contains("Duurzaamheidsprofiel", "Staalwerk Één BV", "Gemeente " + gemeente,
                "Milieu: " + environment, recommendation, "Elektriciteit", "Scope 1", "Wat beter kan");
        // No eindmeting and no footprint of a later year: no comparison section.
        assertThat(text).doesNotContain("Verandering ten opzichte van de nulmeting", "eindmeting");
        assertThat(text).doesNotContain("CONCEPT", "nog niet gepubliceerd");
        // A footprint without placements (a group below the anonymity threshold): no comparison with peers.
        assertThat(text).doesNotContain("Vergelijking met branchegenoten");

        // Others than the case's readers get the 404 of a case that does not exist.
        problem(api.read(pdfPath, AssessmentApi.participant(gemeente, "buur@example.nl")), 404);
        problem(api.read(pdfPath, AssessmentApi.advisor(gemeente).bearer()), 404);
        problem(api.read(pdfPath, coordinator(other)), 404);
        problem(api.read(CASES + "/" + caseId + "/profiles/9.pdf", coordinator(gemeente)), 404);
        api.read(CASES + "/" + caseId + "/profiles/een.pdf", coordinator(gemeente))
                .andExpect(status().is4xxClientError());
        api.read(pdfPath, coordinator(gemeente)).andExpect(status().isOk());
    }

    @Test
    void theGemeentesLogoHeadsTheProfileAndTheImpactReportAndABrokenOneLeavesThemWithout() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        byte[] logo = png(160, 48);
        HttpServer site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        AtomicInteger fetched = new AtomicInteger();
        site.createContext("/logo.png", exchange -> {
            fetched.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, logo.length);
            try (var body = exchange.getResponseBody()) {
                body.write(logo);
            }
        });
        site.createContext("/broken.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            byte[] notAnImage = "<html>niet gevonden</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, notAnImage.length);
            try (var body = exchange.getResponseBody()) {
                body.write(notAnImage);
            }
        });
        site.start();
        try {
            String base = "http://localhost:" + site.getAddress().getPort();
            String withLogo = gemeenteWithLogo("logo", base + "/logo.png");
            String broken = gemeenteWithLogo("logo-kapot", base + "/broken.png");
            String withoutLogo = gemeenten.newGemeente("logo-geen");

            for (String gemeente : List.of(withLogo, broken, withoutLogo)) {
                AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
                String caseId = api.openCase(gemeente, "Logo BV", "56.10", 8, "logo@example.nl");
                api.published(gemeente, caseId, advisor, "RELEVANT", 1);
                for (int download = 0; download < 2; download++) {
                    byte[] pdf = api.read(CASES + "/" + caseId + "/profiles/1.pdf", coordinator(gemeente))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                    assertThat(imagesOnFirstPage(pdf)).isEqualTo(gemeente.equals(withLogo)
                            ? List.of("160x48") : List.of());
                    assertThat(AssessmentApi.pdfText(pdf)).contains("Duurzaamheidsprofiel", "Logo BV",
                            "Gemeente " + gemeente);
                }
                byte[] impact = api.read("/api/assessments/impact.pdf", coordinator(gemeente))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(imagesOnFirstPage(impact)).isEqualTo(gemeente.equals(withLogo)
                        ? List.of("160x48") : List.of());
            }
            assertThat(fetched).hasValue(1); // kept for a while, not fetched for every document
        } finally {
            site.stop(0);
        }
    }

    @Test
    void theBenchmarkPlacementOfTheBaselineFootprintIsKeptShownAndPrinted() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("bench");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Zuivel Noord BV", "10.51", 40, "zuivel@example.nl");
        String footprint = AssessmentApi.footprintJson(gemeente, caseId, 2097, 1, "300", "500", "200", "1000",
                "500", "300", "200");
        String withBenchmark = footprint.substring(0, footprint.lastIndexOf('}')) + """
                ,"benchmark":[
                 {"metric":"PER_FTE","unit":"kg CO2e per FTE","value":25.004,"groupLevel":"DIVISION",
                  "groupCode":"10","organisations":7,"groupAverage":32,"position":"FRONTRUNNER"},
                 {"metric":"PER_M2","unit":"kg CO2e per m2","value":1250.5,"groupLevel":"SECTION",
                  "groupCode":"C","organisations":12,"groupAverage":980,"position":"LAGGARD"}]}""";
        api.sendFootprint(gemeente, caseId, java.util.UUID.randomUUID().toString(), withBenchmark);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                api.read(CASES + "/" + caseId, coordinator(gemeente))
                        .andExpect(jsonPath("$.baselineFootprint.year").value(2097))
                        .andExpect(jsonPath("$.baselineFootprint.benchmark.length()").value(2))
                        .andExpect(jsonPath("$.baselineFootprint.benchmark[0].position").value("FRONTRUNNER"))
                        .andExpect(jsonPath("$.baselineFootprint.benchmark[0].groupCode").value("10"))
                        .andExpect(jsonPath("$.baselineFootprint.benchmark[1].groupAverage").value(980)));

        String profile = api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        assertThat(AssessmentApi.<List<Object>>at(profile, "$.footprint.benchmark")).hasSize(2);
        assertThat(AssessmentApi.<Integer>at(profile, "$.footprint.benchmark[0].organisations")).isEqualTo(7);
        assertThat(AssessmentApi.<String>at(profile, "$.footprint.benchmark[1].position")).isEqualTo("LAGGARD");

        byte[] pdf = api.read(CASES + "/" + caseId + "/profiles/1.pdf", coordinator(gemeente))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = AssessmentApi.pdfText(pdf).replaceAll("\\s+", " ");
        // footprint-service rounds the group average to two significant digits
        assertThat(text).contains("Vergelijking met branchegenoten",
                "naast het afgeronde gemiddelde van vergelijkbare organisaties in andere gemeenten",
                "kg CO2e per FTE: uw waarde 25, gemiddelde 32 in SBI 10 (7 organisaties): koploper",
                "kg CO2e per m2: uw waarde 1.250,5, gemiddelde 980 in SBI-sectie C (12 organisaties): achterblijver");
    }

    @Test
    void aDraftPrintsForItsAdvisorAndTheCoordinatorMarkedOnEveryPageAndNotForTheParticipant() throws Exception {
        AssessmentApi api = new AssessmentApi(http, bootstrapServers);
        String gemeente = gemeenten.newGemeente("pdf-draft");
        AssessmentApi.Login advisor = AssessmentApi.advisor(gemeente);
        String caseId = api.openCase(gemeente, "Bakkerij Voorproef BV", "10.71", 9, "voorproef@example.nl");
        api.published(gemeente, caseId, advisor, "RELEVANT", 1);
        String draft = api.postEmpty(CASES + "/" + caseId + "/profiles/1/next-draft", advisor.bearer())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(AssessmentApi.<String>at(draft, "$.status")).isEqualTo("DRAFT");
        String draftPdf = CASES + "/" + caseId + "/profiles/2.pdf";

        for (String reader : List.of(advisor.bearer(), coordinator(gemeente))) {
            var response = api.read(draftPdf, reader).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse();
            assertThat(response.getHeader("Content-Disposition")).contains("duurzaamheidsprofiel-2-concept.pdf");
            assertThat(response.getHeader("Cache-Control")).contains("no-store");
            List<String> pages = pageTexts(response.getContentAsByteArray());
            assertThat(pages).isNotEmpty().allSatisfy(page ->
                    assertThat(page).contains("CONCEPT \u2014 nog niet gepubliceerd"));
            String text = String.join("\n", pages);
            assertThat(text).contains("Duurzaamheidsprofiel (concept)", "Bakkerij Voorproef BV",
                    "Versie 2, concept: nog niet gepubliceerd", "Aanbevelingen");
        }

        // The participant reads published versions only: the draft is a version that does not exist for it, while
        // the published one still prints, unmarked.
        String participant = AssessmentApi.participant(gemeente, "voorproef@example.nl");
        problem(api.read(draftPdf, participant), 404);
        byte[] published = api.read(CASES + "/" + caseId + "/profiles/1.pdf", participant)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(AssessmentApi.pdfText(published)).contains("Bakkerij Voorproef BV")
                .doesNotContain("CONCEPT", "nog niet gepubliceerd");
        // Nor for another advisor of the gemeente, nor for another gemeente's coordinator.
        problem(api.read(draftPdf, AssessmentApi.advisor(gemeente).bearer()), 404);
        problem(api.read(draftPdf, coordinator(gemeenten.newGemeente("pdf-draft-other"))), 404);
    }

    /** The text of each page of a PDF. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private String gemeenteWithLogo(String prefix, String logoUrl) {
        String gemeente = gemeenten.newGemeente(prefix);
        GemeenteProfile current = gemeenten.profile(gemeente).orElseThrow();
        // The registry takes a profile as cohort-service publishes it; the test's site is plain http on localhost.
        gemeenten.apply(new GemeenteProfile(gemeente, current.displayName(), current.contactName(),
                current.contactEmail(), current.senderName(), current.replyTo(), logoUrl, "nl", true,
                current.revision() + 1));
        return gemeente;
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The images placed on a PDF's first page, by pixel size. */
    static List<String> imagesOnFirstPage(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    sizes.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        return sizes;
    }
}
