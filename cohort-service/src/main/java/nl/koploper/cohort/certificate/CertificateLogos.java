package nl.koploper.cohort.certificate;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CompletionFollowUp;
import nl.koploper.contracts.tenant.GemeenteProfile;
import nl.koploper.platform.branding.GemeenteLogos;
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
 * depends on the gemeente's web site. The download is the platform's {@link GemeenteLogos} (timeouts, size cap, PNG
 * or JPEG only); a logo it cannot fetch, or that PDFBox cannot read, is left out (logged): the certificate is issued
 * without it rather than not at all.
 */
@Component
class CertificateLogos implements CompletionFollowUp {

    private static final Logger log = LoggerFactory.getLogger(CertificateLogos.class);

    private final MongoTemplate mongo;
    private final GemeenteRegistry gemeenten;
    private final Clock clock;
    private final GemeenteLogos downloads;

    CertificateLogos(MongoTemplate mongo, GemeenteRegistry gemeenten, GemeenteLogos downloads, Clock clock) {
        this.mongo = mongo;
        this.gemeenten = gemeenten;
        this.downloads = downloads;
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

    /** The download (bounded, PNG or JPEG only) is the platform's; PDFBox must be able to read what came. */
    private Optional<byte[]> fetch(String url) {
        return downloads.fetch(url).filter(bytes -> {
            try (PDDocument probe = new PDDocument()) {
                PDImageXObject.createFromByteArray(probe, bytes, "logo"); // PNG or JPEG, or it throws
                return true;
            } catch (IOException | IllegalArgumentException e) {
                log.warn("The logo at {} could not be used ({}); certificates are issued without it", url,
                        e.toString());
                return false;
            }
        });
    }

    @Document("certificate_logos")
    record StoredLogo(@Id String cohortId, String tenantId, String url, Binary bytes, java.time.Instant fetchedAt) {
    }
}
