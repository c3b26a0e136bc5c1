package nl.koploper.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** Which SMTP failures are the mail's own (permanent, no retry) and which are the server's (transient, retry). */
class SmtpFailuresTest {

    @Test
    void aRefusedConnectionIsTransient() {
        MailSendException failure = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        assertThat(SmtpFailures.isPermanent(failure)).isFalse();
        assertThat(SmtpFailures.reason(failure)).contains("Connection refused");
    }

    @Test
    void aFiveHundredReplyForTheRecipientIsPermanent() throws Exception {
        SMTPAddressFailedException unknown = new SMTPAddressFailedException(new InternetAddress("weg@example.nl"),
                "RCPT TO:<weg@example.nl>", 550, "550 5.1.1 User unknown");
        MailSendException failure = new MailSendException(Map.of(new Object(), unknown));
        assertThat(SmtpFailures.isPermanent(failure)).isTrue();
        assertThat(SmtpFailures.reason(failure)).contains("550 5.1.1 User unknown");
    }

    @Test
    void aFourHundredReplyIsTransient() throws Exception {
        SMTPSendFailedException busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 Try again later", null,
                null, null, null);
        assertThat(SmtpFailures.isPermanent(new MailSendException(Map.of(new Object(), busy)))).isFalse();
    }

    @Test
    void aFiveHundredReplyInTheMessageCountsWhenThereIsNoReturnCode() {
        assertThat(SmtpFailures.isPermanent(new MessagingException("554 5.7.1 Message rejected"))).isTrue();
        assertThat(SmtpFailures.isPermanent(new MessagingException("Read timed out"))).isFalse();
    }
}
