package nl.koploper.platform.branding;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.http.CappedBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gemeente's logo (its profile's {@code logoUrl}) for the documents the services print: downloaded with a bounded
 * connect time, a bounded total time and a size cap, accepted only as a PNG or JPEG (by content type and by its first
 * bytes), and kept per URL in memory for a while, so a document does not wait on the gemeente's web site each time.
 *
 * <p>Every failure (no URL, a timeout, a status other than 200, too large, another format) is logged and answers
 * "no logo": a document is printed without the logo rather than not at all. A failure is remembered for a shorter
 * time than a logo, so a repaired site is tried again soon without being asked on every request meanwhile. Callers
 * asking for the same URL at the same moment share one download. At most {@value #MAX_CACHED_URLS} URLs are kept.
 */
public class GemeenteLogos {

    /** Larger logos are refused: a logo on an A4 page needs far less, and the download must stay small. */
    public static final int MAX_BYTES = 512 * 1024;

    private static final Logger log = LoggerFactory.getLogger(GemeenteLogos.class);
    static final int MAX_CACHED_URLS = 1000;

    /**
     * @param connectTimeout how long to wait for the connection
     * @param totalTimeout   how long the whole download may take, headers and body (a slowly dripping body ends too)
     * @param keepLogo       how long a downloaded logo is reused before it is fetched again
     * @param keepFailure    how long a failed download answers "no logo" before it is tried again
     */
    public record Limits(Duration connectTimeout, Duration totalTimeout, Duration keepLogo, Duration keepFailure) {

        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofHours(1), Duration.ofMinutes(5));
    }

    private final Function<String, Optional<String>> logoUrlOfGemeente;
    private final Limits limits;
    private final HttpClient http;
    // Kept from the moment its download ends: a logo for keepLogo, "no logo" for keepFailure.
    private final AsyncCache<String, Optional<byte[]>> cache;

    public GemeenteLogos(GemeenteRegistry registry, Clock clock, Limits limits) {
        this(tenant -> registry.profile(tenant).map(GemeenteProfile::logoUrl), clock, limits);
    }

    GemeenteLogos(Function<String, Optional<String>> logoUrlOfGemeente, Clock clock, Limits limits) {
        this.logoUrlOfGemeente = logoUrlOfGemeente;
        this.limits = limits;
        Instant origin = clock.instant();
        this.cache = Caffeine.newBuilder().maximumSize(MAX_CACHED_URLS)
                .ticker(() -> Duration.between(origin, clock.instant()).toNanos())
                .expireAfter(Expiry.creating((String url, Optional<byte[]> logo) ->
                        logo.isPresent() ? limits.keepLogo() : limits.keepFailure()))
                .buildAsync();
        this.http = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The logo of {@code tenant}'s gemeente as PNG or JPEG bytes; empty when it has none or it cannot be used. */
    public Optional<byte[]> of(String tenant) {
        return logoUrlOfGemeente.apply(tenant).filter(url -> !url.isBlank()).flatMap(this::fetch);
    }

    /** The image at {@code url} (http or https) as PNG or JPEG bytes, from the cache while it is fresh. */
    public Optional<byte[]> fetch(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        // The download runs in this thread, outside the cache's lock; others asking meanwhile wait for its answer.
        CompletableFuture<Optional<byte[]>> mine = new CompletableFuture<>();
        AtomicBoolean downloading = new AtomicBoolean();
        CompletableFuture<Optional<byte[]>> current = cache.get(url, (key, executor) -> {
            downloading.set(true);
            return mine;
        });
        if (downloading.get()) {
            Optional<byte[]> logo = Optional.empty();
            try {
                logo = download(url);
            } finally { // whatever happens, those waiting for this download get an answer
                mine.complete(logo);
            }
        }
        return current.join().map(byte[]::clone);
    }

    /** Forgets every kept logo and failure (e.g. after a gemeente changed its logo). */
    public void evictAll() {
        cache.synchronous().invalidateAll();
    }

    private Optional<byte[]> download(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return refused(url, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return refused(url, "it is not an http(s) URL");
        }
        CompletableFuture<HttpResponse<byte[]>> sent = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.totalTimeout())
                    .header("Accept", "image/png, image/jpeg").GET().build();
            sent = http.sendAsync(request, info -> CappedBody.of(info, MAX_BYTES, info.statusCode() == 200
                    && acceptable(info.headers().firstValue("Content-Type").orElse(""))));
            HttpResponse<byte[]> response = sent.get(limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                return refused(url, "it answered " + response.statusCode());
            }
            byte[] bytes = response.body();
            if (bytes == null) {
                return refused(url, "its content type is "
                        + response.headers().firstValue("Content-Type").orElse("missing") + ", not PNG or JPEG");
            }
            if (!isPng(bytes) && !isJpeg(bytes)) {
                return refused(url, "it is not a PNG or JPEG image");
            }
            return Optional.of(bytes);
        } catch (TimeoutException e) {
            sent.cancel(true);
            return refused(url, "it took longer than " + limits.totalTimeout());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return refused(url, cause instanceof CappedBody.TooLargeException ? "it is larger than " + MAX_BYTES + " bytes"
                    : cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (sent != null) {
                sent.cancel(true);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return refused(url, e.toString());
        }
    }

    private static boolean acceptable(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("image/png") || type.equals("image/jpeg") || type.equals("image/jpg");
    }

    static boolean isPng(byte[] bytes) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    private static Optional<byte[]> refused(String url, String why) {
        log.warn("The gemeente logo at {} is left out: {}", url, why);
        return Optional.empty();
    }
}
