package nl.koploper.notification.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.koploper.notification.config.NotificationProperties;
import nl.koploper.platform.http.CappedBody;
import org.springframework.stereotype.Component;

/**
 * Fetches a mail's attachment when the mail is sent. The certificate PDF comes from cohort-service's public endpoint
 * {@code <certificate-base-url>/api/public/certificates/<code>/pdf}: the 80-bit verification code is the capability
 * (the same code the mail shows in its verification link), so no service credentials are involved.
 *
 * <p>Bounded in every direction, since it runs on a sender's worker while the mail is claimed: a connect timeout,
 * one deadline for the whole response ({@code read-timeout}, headers and body), and a size cap
 * ({@code max-size}, checked on Content-Length and again while reading). Whatever is not a PDF (a proxy's error page)
 * is not attached.
 */
@Component
public class AttachmentFetcher {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String certificateBaseUrl;
    private final Duration readTimeout;
    private final long maxBytes;
    private final HttpClient http;

    AttachmentFetcher(NotificationProperties properties) {
        NotificationProperties.AttachmentFetch settings = properties.attachmentFetch();
        this.certificateBaseUrl = properties.certificateBaseUrl();
        this.readTimeout = settings.readTimeout();
        this.maxBytes = settings.maxSize().toBytes();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The attachment of {@code content}, or null when it has none. */
    public FetchedAttachment fetchFor(MailContent content) throws AttachmentUnavailableException {
        MailAttachment attachment = content.attachment();
        if (attachment == null) {
            return null;
        }
        // MailAttachment admits only the certificate PDF, with a reference of letters, digits and hyphens.
        URI uri = URI.create(certificateBaseUrl + "/api/public/certificates/" + attachment.reference() + "/pdf");
        byte[] pdf = fetch(uri, "The certificate PDF");
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new AttachmentUnavailableException("The certificate PDF from cohort-service is not a PDF", false);
        }
        return new FetchedAttachment(attachment.filename(), "application/pdf", pdf);
    }

    private byte[] fetch(URI uri, String what) throws AttachmentUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/pdf, application/problem+json")
                .timeout(readTimeout)
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request, CappedBody.ofOk(maxBytes));
        try {
            HttpResponse<byte[]> answer = response.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            int status = answer.statusCode();
            if (status == 200) {
                return answer.body();
            }
            // 404: not (yet) known there, e.g. the register written just after the event; 400: cannot be a code.
            throw new AttachmentUnavailableException(what + " could not be fetched from cohort-service: HTTP " + status
                    + (status == 404 ? " (certificate not found)" : ""), status == 400);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new AttachmentUnavailableException(what + " could not be fetched from cohort-service: no complete "
                    + "answer within " + readTimeout.toMillis() + " ms", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = cause instanceof CappedBody.TooLargeException ? cause.getMessage()
                    : cause instanceof HttpTimeoutException ? "timed out"
                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            throw new AttachmentUnavailableException(what + " could not be fetched from cohort-service: " + reason,
                    false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.cancel(true);
            throw new AttachmentUnavailableException(what + " was not fetched: the sender was interrupted", false);
        }
    }
}
