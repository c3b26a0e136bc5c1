package nl.koploper.notification.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import nl.koploper.platform.events.RejectedEventException;
import org.junit.jupiter.api.Test;

class PortalLinksTest {

    private final PortalLinks links = new PortalLinks("https://portal.koploper.example/ ");

    @Test
    void everyLinkIsAPortalPageUnderTheOneBaseUrl() {
        assertThat(links.certificate("7KQ2-M9XD-0A1B-2C3D"))
                .isEqualTo(URI.create("https://portal.koploper.example/certificaat/7KQ2-M9XD-0A1B-2C3D"));
        assertThat(links.profile("case-1")).isEqualTo(URI.create("https://portal.koploper.example/profiel/case-1"));
        assertThat(links.actionPlan("case-1"))
                .isEqualTo(URI.create("https://portal.koploper.example/actieplan/case-1"));
        assertThat(links.unsubscribe("d2Vz.c2ln_-"))
                .isEqualTo("https://portal.koploper.example/afmelden?token=d2Vz.c2ln_-");
    }

    @Test
    void theCoordinatorsLinksLeadToTheirPagesAndRefuseAnIdThatIsNoSegment() {
        assertThat(links.coordinatorGroup("cohort-1"))
                .isEqualTo(URI.create("https://portal.koploper.example/coordinator/groepen/cohort-1"));
        assertThat(links.coordinatorWithdrawals("cohort-1"))
                .isEqualTo(URI.create("https://portal.koploper.example/coordinator/groepen/cohort-1#afgemeld"));
        assertThat(links.coordinatorHandIns("cohort-1")).isEqualTo(
                URI.create("https://portal.koploper.example/coordinator/groepen/cohort-1/afronding#inzendingen"));
        assertThat(links.coordinatorFailedMails())
                .isEqualTo(URI.create("https://portal.koploper.example/coordinator/e-mails?status=FAILED"));
        assertThatThrownBy(() -> links.coordinatorGroup("..")).isInstanceOf(RejectedEventException.class);
        assertThat(links.coordinatorGroup("a/b").toString()).endsWith("/coordinator/groepen/a%2Fb");
    }

    @Test
    void theBaseUrlDefaultsToTheLocalPortal() {
        assertThat(new PortalLinks(null).baseUrl()).isEqualTo("http://localhost:8070");
        assertThat(new PortalLinks(" ").profile("c")).isEqualTo(URI.create("http://localhost:8070/profiel/c"));
    }

    @Test
    void aCaseIdIsOnePathSegmentAndNothingElse() {
        assertThat(links.profile("a/b?c")).hasToString("https://portal.koploper.example/profiel/a%2Fb%3Fc");
        for (String bad : new String[] {null, "", " ", ".", "..", "x".repeat(201)}) {
            assertThatThrownBy(() -> links.profile(bad)).isInstanceOf(RejectedEventException.class);
            assertThatThrownBy(() -> links.actionPlan(bad)).isInstanceOf(RejectedEventException.class);
        }
    }

    @Test
    void aCertificateCodeIsLettersDigitsAndHyphensOnly() {
        for (String bad : new String[] {null, "", "ab/cd", "https://elders.example", "x".repeat(65)}) {
            assertThatThrownBy(() -> links.certificate(bad)).isInstanceOf(RejectedEventException.class);
        }
    }

    @Test
    void anUnsubscribeTokenIsEncodedAsAQueryValue() {
        assertThat(links.unsubscribe("a&b=c")).endsWith("/afmelden?token=a%26b%3Dc");
    }
}
