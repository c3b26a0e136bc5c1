package nl.koploper.cohort.certificate;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.util.Optional;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.CompletionFollowUp;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every issued certificate's verification code, in the service's shared database (collection {@value #COLLECTION},
 * the code as {@code _id}), with only what the public verification answers plus where the certificate lives. Written
 * after the completed cohort is saved, by code, so writing it again (a repaired completion) changes nothing.
 */
@Component
class CertificateRegister implements CompletionFollowUp {

    static final String COLLECTION = "certificate_register";

    private final MongoTemplate shared;

    CertificateRegister(@Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        this.shared = shared;
    }

    @Override
    public void completed(Cohort cohort) {
        for (Certificate certificate : cohort.certificates()) {
            Document entry = new Document("_id", certificate.verificationCode())
                    .append("tenantId", cohort.tenantId())
                    .append("cohortId", cohort.id())
                    .append("participantId", certificate.participantId())
                    .append("organisationName", certificate.organisationName())
                    .append("cohortName", cohort.name())
                    .append("gemeenteName", certificate.gemeenteName())
                    .append("issuedOn", certificate.issuedOn().toString());
            shared.getCollection(COLLECTION).replaceOne(Filters.eq("_id", certificate.verificationCode()), entry,
                    new ReplaceOptions().upsert(true));
        }
    }

    /** Where the certificate with a canonical code lives: its gemeente (slug) and cohort. */
    record Location(String tenantId, String cohortId) {
    }

    /** Where the register says the certificate with a canonical code lives. */
    Optional<Location> locate(String canonicalCode) {
        return Optional.ofNullable(shared.getCollection(COLLECTION).find(Filters.eq("_id", canonicalCode)).first())
                .map(entry -> new Location(entry.getString("tenantId"), entry.getString("cohortId")));
    }

    /** What the register holds for a canonical code. */
    Optional<VerificationView> verify(String canonicalCode) {
        return Optional.ofNullable(shared.getCollection(COLLECTION).find(Filters.eq("_id", canonicalCode)).first())
                .map(entry -> new VerificationView(entry.getString("organisationName"), entry.getString("cohortName"),
                        entry.getString("gemeenteName"), LocalDate.parse(entry.getString("issuedOn"))));
    }
}
