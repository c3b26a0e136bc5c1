package nl.koploper.platform.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a cap, for downloads from addresses a service does not control (a gemeente's
 * logo, a certificate PDF): past the cap the download is stopped and the body fails with {@link TooLargeException},
 * so a huge or endless answer costs at most {@code maxBytes} of memory. A declared {@code Content-Length} over the cap
 * fails before any byte is read.
 */
public final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final boolean declaredTooLarge;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private Flow.Subscription subscription;
    private long size;

    private CappedBody(long maxBytes, boolean declaredTooLarge) {
        this.maxBytes = maxBytes;
        this.declaredTooLarge = declaredTooLarge;
    }

    /** The body of an answer that {@code wanted} accepts (capped); any other answer's body is null, not read. */
    public static HttpResponse.BodySubscriber<byte[]> of(HttpResponse.ResponseInfo info, long maxBytes,
                                                         boolean wanted) {
        if (!wanted) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(maxBytes, declared > maxBytes);
    }

    /** The body of a 200 answer, capped; of any other status null (only the status counts). */
    public static HttpResponse.BodyHandler<byte[]> ofOk(long maxBytes) {
        return info -> of(info, maxBytes, info.statusCode() == 200);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredTooLarge) {
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
            size += buffer.remaining();
            parts.add(buffer);
        }
        if (size > maxBytes) {
            tooLarge();
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        byte[] bytes = new byte[(int) size];
        int at = 0;
        for (ByteBuffer part : parts) {
            int n = part.remaining();
            part.get(bytes, at, n);
            at += n;
        }
        result.complete(bytes);
    }

    private void tooLarge() {
        parts.clear();
        subscription.cancel();
        result.completeExceptionally(new TooLargeException(maxBytes));
    }

    /** The answer was (or declared itself) larger than the cap. */
    public static final class TooLargeException extends IOException {

        public TooLargeException(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }
}
