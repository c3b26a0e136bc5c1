package nl.koploper.cohort.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CompletionFollowUp;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The gemeente's logo as printed on a cohort's certificates: fetched once, on completion, from the profile's
 * {@code logoUrl} (https, as the registry only takes), and kept per cohort in the gemeente's database (collection
 * {@code certificate_logos}), so every later download prints the logo of the day of completion and no download
 * depends on the gemeente's web site. A logo that cannot be fetched in time, is larger than {@value #MAX_BYTES}
 * bytes or is not a PNG or JPEG is left out (logged): the certificate is issued without it rather than not at all.
 */
@Component
class CertificateLogos implements CompletionFollowUp {

    static final int MAX_BYTES = 512 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CertificateLogos.class);

    private final MongoTemplate mongo;
    private final GemeenteRegistry gemeenten;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    CertificateLogos(MongoTemplate mongo, GemeenteRegistry gemeenten, Clock clock) {
        this.mongo = mongo;
        this.gemeenten = gemeenten;
        this.clock = clock;
    }

    @Override
    public void completed(Cohort cohort) {
        if (cohort.certificates().isEmpty() || logo(cohort).isPresent()) {
            return;
        }
        String url = gemeenten.profile(cohort.tenantId()).map(GemeenteProfile::logoUrl).orElse(null);
        if (url == null || url.isBlank()) {
            return;
        }
        fetch(url).ifPresent(bytes -> mongo.save(new StoredLogo(cohort.id(), cohort.tenantId(), url, new Binary(bytes),
                clock.instant())));
    }

    /** The logo kept for the cohort's certificates, if any. */
    Optional<byte[]> logo(Cohort cohort) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(cohort.id())
                        .and("tenantId").is(cohort.tenantId())), StoredLogo.class))
                .map(logo -> logo.bytes().getData());
    }

    private Optional<byte[]> fetch(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    log.warn("The logo at {} answered {}; certificates are issued without it", url,
                            response.statusCode());
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    log.warn("The logo at {} is larger than {} bytes; certificates are issued without it", url,
                            MAX_BYTES);
                    return Optional.empty();
                }
                try (PDDocument probe = new PDDocument()) {
                    PDImageXObject.createFromByteArray(probe, bytes, "logo"); // PNG or JPEG, or it throws
                }
                return Optional.of(bytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            log.warn("The logo at {} could not be used ({}); certificates are issued without it", url, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Document("certificate_logos")
    record StoredLogo(@Id String cohortId, String tenantId, String url, Binary bytes, java.time.Instant fetchedAt) {
    }
}
