package nl.koploper.cohort.certificate;

import static nl.koploper.cohort.CohortApi.contactEmail;
import static nl.koploper.cohort.CohortApi.participantBearer;
import static nl.koploper.cohort.CohortApi.problem;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.koploper.cohort.AssessmentFacts;
import nl.koploper.cohort.CohortApi;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The certificate PDF by its verification code, without a login (what notification-service attaches to the
 * certificate mail): the same certificate as the coordinator's download, each code its own gemeente's certificate,
 * and the verification's 400/404 for what is not, or not a known, code.
 */
@KoploperIntegrationTest
class PublicCertificatePdfIT extends ServiceIntegrationTest {

    private static final Pattern CODE_ON_PDF = Pattern.compile("Verificatiecode: ([0-9A-Z-]{19})");

    /** Completes a cohort in a new gemeente with two participants, the second withdrawn; the first one's code. */
    private Completed completedCohort(String prefix) throws Exception {
        return completedCohort(prefix, null);
    }

    /** @param logoUrl the gemeente's logo, fetched on completion, or null for none */
    private Completed completedCohort(String prefix, String logoUrl) throws Exception {
        CohortApi api = new CohortApi(http);
        String gemeente = gemeenten.newGemeente(prefix);
        if (logoUrl != null) {
            GemeenteProfile current = gemeenten.profile(gemeente).orElseThrow();
            gemeenten.apply(new GemeenteProfile(gemeente, current.displayName(), current.contactName(),
                    current.contactEmail(), current.senderName(), current.replyTo(), logoUrl, "nl", true,
                    current.revision() + 1));
        }
        String coordinator = bearer(gemeente, "coordinator");
        String cohortId = api.openCohort(gemeente, 1, 15);
        String finished = api.register(gemeente, cohortId, 1);
        String withdrawn = api.register(gemeente, cohortId, 2);
        http.perform(post("/api/cohorts/" + cohortId + "/start").header("Authorization", coordinator))
                .andExpect(status().isOk());
        api.postJson("/api/cohorts/" + cohortId + "/participants/" + withdrawn + "/withdraw",
                participantBearer(gemeente, contactEmail(2)), "{\"reason\":\"Geen tijd meer\"}")
                .andExpect(status().isOk());
        new AssessmentFacts(http, bootstrapServers).allStepsDone(gemeente, cohortId, List.of(finished));
        http.perform(post("/api/cohorts/" + cohortId + "/complete").header("Authorization", coordinator))
                .andExpect(status().isOk());
        byte[] downloaded = http.perform(get("/api/cohorts/" + cohortId + "/certificates/" + finished + ".pdf")
                        .header("Authorization", coordinator))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = CertificatePdfTest.text(downloaded);
        Matcher code = CODE_ON_PDF.matcher(text);
        assertThat(code.find()).as("a verification code on the certificate: %s", text).isTrue();
        return new Completed(gemeente, code.group(1), text);
    }

    private record Completed(String gemeente, String code, String downloadedText) {
    }

    @Test
    void anyoneWithTheCodeGetsTheSameCertificateAsTheDownloadAsAnAttachment() throws Exception {
        Completed completed = completedCohort("pdfpub");

        for (String typed : new String[] {completed.code(), completed.code().replace("-", "").toLowerCase()}) {
            byte[] pdf = http.perform(get("/api/public/certificates/" + typed + "/pdf"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"certificaat-" + completed.code() + ".pdf\""))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = CertificatePdfTest.text(pdf);
            assertThat(text).isEqualTo(completed.downloadedText())
                    .contains("Organisatie 10000001", "Gemeente " + completed.gemeente());
        }
    }

    @Test
    void eachCodeGivesItsOwnGemeentesCertificateWhateverTheCallerCarries() throws Exception {
        Completed first = completedCohort("pdfa");
        Completed second = completedCohort("pdfb");

        // A token of another gemeente changes nothing: the code alone picks the certificate (and the gemeente).
        String viaOther = CertificatePdfTest.text(http.perform(get("/api/public/certificates/" + first.code() + "/pdf")
                        .header("Authorization", bearer(second.gemeente(), "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(viaOther).isEqualTo(first.downloadedText()).doesNotContain("Gemeente " + second.gemeente());
        String secondsOwn = CertificatePdfTest.text(http.perform(get("/api/public/certificates/" + second.code()
                        + "/pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(secondsOwn).isEqualTo(second.downloadedText()).doesNotContain("Gemeente " + first.gemeente());
    }

    @Test
    void theLogoKeptForTheCertificatesGemeenteIsPrintedWhoeverAsks() throws Exception {
        byte[] logo = CertificatePdfTest.png();
        HttpServer site = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        site.createContext("/logo.png", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, logo.length);
            exchange.getResponseBody().write(logo);
            exchange.close();
        });
        site.start();
        Completed withLogo;
        try {
            withLogo = completedCohort("pdflogo", "http://localhost:" + site.getAddress().getPort() + "/logo.png");
        } finally {
            site.stop(0);
        }
        Completed without = completedCohort("pdfplain");

        byte[] anonymous = http.perform(get("/api/public/certificates/" + withLogo.code() + "/pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(CertificatePdfTest.images(anonymous)).containsExactly("120x40");
        // A token of a gemeente without a logo neither removes this one's logo nor lends its own.
        byte[] viaOther = http.perform(get("/api/public/certificates/" + withLogo.code() + "/pdf")
                        .header("Authorization", bearer(without.gemeente(), "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(CertificatePdfTest.images(viaOther)).containsExactly("120x40");
        byte[] plain = http.perform(get("/api/public/certificates/" + without.code() + "/pdf")
                        .header("Authorization", bearer(withLogo.gemeente(), "coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(CertificatePdfTest.images(plain)).isEmpty();
    }

    @Test
    void whatCannotBeACodeIs400AndAnUnknownCode404() throws Exception {
        problem(http.perform(get("/api/public/certificates/not-a-code/pdf")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        problem(http.perform(get("/api/public/certificates/" + "A".repeat(49) + "/pdf")), 400);
        problem(http.perform(get("/api/public/certificates/0000-0000-0000-0000/pdf")), 404);
        problem(http.perform(get("/api/public/certificates/0000-0000-0000-0000/pdf")
                .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)), 404);
    }

    @Test
    void whoeverChecksACodeReadsTheAnswerInDutchUnlessEnglishIsAsked() throws Exception {
        problem(http.perform(get("/api/public/certificates/0000-0000-0000-0000")), 404)
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.detail").value("Er is geen certificaat met code '0000000000000000'"));
        problem(http.perform(get("/api/public/certificates/0000-0000-0000-0000").header("Accept-Language", "en")),
                404)
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("Certificate '0000000000000000' does not exist"));
        problem(http.perform(get("/api/public/certificates/not-a-code")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "moet een controlecode van een certificaat zijn")));
    }
}
