package nl.koploper.notification.delivery;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.koploper.notification.config.NotificationProperties;
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
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request, this::cappedBody);
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
            String reason = cause instanceof TooLarge ? cause.getMessage()
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

    /** The body of a 200 up to the cap; of any other status nothing (only the status counts). */
    private HttpResponse.BodySubscriber<byte[]> cappedBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return new CappedBody(-1, maxBytes);
        }
        return new CappedBody(maxBytes, maxBytes);
    }

    /** Collects at most {@code limit} bytes, then cancels the download and fails (a limit below 0 fails at once). */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final long cap;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long limit, long cap) {
            this.limit = limit;
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (limit < 0) {
                tooLarge();
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    tooLarge();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        private void tooLarge() {
            subscription.cancel();
            result.completeExceptionally(new TooLarge("larger than " + cap + " bytes"));
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }
}
