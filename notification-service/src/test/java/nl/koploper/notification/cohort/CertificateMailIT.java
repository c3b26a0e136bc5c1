package nl.koploper.notification.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.koploper.notification.AbstractIT;
import nl.koploper.notification.ReceivedMail;
import nl.koploper.notification.TestCohortService;
import nl.koploper.notification.TestCohorts;
import nl.koploper.notification.TestSmtp;
import nl.koploper.test.KoploperIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The certificate mail carries the certificate PDF, fetched at sending time from (a real HTTP stand-in of)
 * cohort-service's public endpoint: attached byte for byte; when cohort-service is down the mail waits and retries
 * and arrives once when it is back; a certificate cohort-service does not know ends FAILED with the reason, unsent.
 */
@KoploperIntegrationTest
class CertificateMailIT extends AbstractIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    String gemeente;
    String contact;
    String code;

    @BeforeEach
    void setUp() {
        TestCohortService.start();
        gemeente = gemeenten.newGemeente("certmail");
        contact = "jan@" + gemeente + ".example";
        // Unique per test: the stand-in serves every test of this JVM.
        code = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    @AfterEach
    void cohortServiceUpAgain() {
        TestCohortService.start();
    }

    @Test
    void theCertificatePdfIsAttachedByteForByteAndARedeliveredEventSendsItOnce() throws Exception {
        byte[] pdf = TestCohortService.certificatePdf("Certificaat van deelname Bakkerij De Vries");
        TestCohortService.serve(code, pdf);

        String id = events.publish(gemeente, "cohort-1", TestCohorts.certificate(gemeente, contact, code));
        events.publish(id, gemeente, "cohort-1", TestCohorts.certificate(gemeente, contact, code));
        events.publish(gemeente, "cohort-1", TestCohorts.promoted(gemeente, contact)); // after the redelivery

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(TestSmtp.received(contact)).hasSize(2);
            assertThat(api.deliveriesTo(gemeente, contact)).extracting(d -> d.get("status"))
                    .containsExactly("SENT", "SENT");
        });
        List<ReceivedMail> certificates = ReceivedMail.to(contact).stream()
                .filter(m -> m.subject().startsWith("Certificaat van deelname")).toList();
        assertThat(certificates).hasSize(1);
        ReceivedMail mail = certificates.get(0);
        assertThat(mail.contentType()).startsWith("multipart/mixed");
        assertThat(mail.partTypes()).containsExactly("text/plain", "text/html", "application/pdf");
        assertThat(mail.bytes("application/pdf")).isEqualTo(pdf);
        assertThat(mail.disposition("application/pdf")).isEqualTo("attachment certificaat-bakkerij-de-vries.pdf");
        assertThat(text(mail.bytes("application/pdf"))).contains("Certificaat van deelname Bakkerij De Vries");
        assertThat(mail.text("text/plain")).contains("zit als PDF bij deze e-mail")
                .contains("http://localhost:8070/certificaat/" + code).doesNotContain("/api/");
        // Fetched when sent: once per send attempt of the one mail (one, unless SMTP hiccuped), never on arrival.
        Object attempts = api.deliveriesTo(gemeente, contact).stream()
                .filter(d -> "CERTIFICATE".equals(d.get("type"))).findFirst().orElseThrow().get("attempts");
        assertThat(TestCohortService.requestsFor(code)).isEqualTo((Integer) attempts);
    }

    @Test
    void whileCohortServiceIsDownTheMailWaitsAndArrivesOnceItIsBack() throws Exception {
        byte[] pdf = TestCohortService.certificatePdf("Certificaat na een storing");
        TestCohortService.serve(code, pdf);
        TestCohortService.stop();

        events.publish(gemeente, "cohort-1", TestCohorts.certificate(gemeente, contact, code));

        // Tried, failed on the fetch, not sent without its PDF, and scheduled again.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.deliveriesTo(gemeente, contact))
                .singleElement().satisfies(d -> {
                    assertThat(d.get("status")).isEqualTo("RETRY_SCHEDULED");
                    assertThat((String) d.get("lastError")).contains("certificate PDF could not be fetched");
                }));
        assertThat(TestSmtp.received(contact)).isEmpty();
        TestCohortService.start();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.deliveriesTo(gemeente, contact))
                .singleElement().satisfies(d -> assertThat(d.get("status")).isEqualTo("SENT")));
        Map<String, Object> delivery = api.deliveriesTo(gemeente, contact).get(0);
        assertThat((Integer) delivery.get("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(TestSmtp.received(contact)).hasSize(1);
        assertThat(ReceivedMail.to(contact).get(0).bytes("application/pdf")).isEqualTo(pdf);
    }

    @Test
    void aCertificateCohortServiceDoesNotKnowEndsFailedWithTheReasonAndIsNotSent() throws Exception {
        // Nothing served for this code: the stand-in answers 404, as cohort-service does for an unknown code.
        events.publish(gemeente, "cohort-1", TestCohorts.certificate(gemeente, contact, code));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.deliveriesTo(gemeente, contact))
                .singleElement().satisfies(d -> assertThat(d.get("status")).isEqualTo("FAILED")));
        Map<String, Object> delivery = api.deliveriesTo(gemeente, contact).get(0);
        assertThat((String) delivery.get("lastError"))
                .isEqualTo("The certificate PDF could not be fetched from cohort-service: HTTP 404 (certificate not found)");
        // Retried like a transient failure (it may not be registered yet), up to the attempts of the test settings.
        assertThat((Integer) delivery.get("attempts")).isEqualTo(5);
        assertThat(TestCohortService.requestsFor(code)).isEqualTo(5);
        assertThat(TestSmtp.received(contact)).isEmpty();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
