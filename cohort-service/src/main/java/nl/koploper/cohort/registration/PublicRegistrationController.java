package nl.koploper.cohort.registration;

import com.mongodb.client.MongoClient;
import jakarta.validation.Valid;
import java.util.function.Supplier;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.tenancy.TenantRoutingMongoDatabaseFactory;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-registration through the link a gemeente published ({@code /api/public/cohorts/<gemeente>/<cohort>}): no
 * login, so the gemeente comes from the path, and it is entered for this one registration only. It registers exactly
 * as the coordinator does, into an open cohort, and answers only placed or waiting (and where); the confirmation goes
 * to the contact's e-mail from the ParticipantRegistered event. The gateway rate-limits {@code /api/public/**}.
 */
@RestController
@RequestMapping("/api/public/cohorts/{tenant}/{cohortId}/registrations")
class PublicRegistrationController {

    private final RegistrationService registrations;
    private final MongoClient mongo;
    private final TenantRoutingMongoDatabaseFactory databases;

    PublicRegistrationController(RegistrationService registrations, MongoClient mongo,
                                 TenantRoutingMongoDatabaseFactory databases) {
        this.registrations = registrations;
        this.mongo = mongo;
        this.databases = databases;
    }

    @PostMapping
    ResponseEntity<RegistrationReceipt> register(@PathVariable String tenant, @PathVariable String cohortId,
                                                 @Valid @RequestBody RegistrationRequest request) {
        TenantId gemeente = knownGemeente(tenant, cohortId);
        ParticipantView registered = asGemeente(gemeente,
                () -> registrations.register(cohortId, request.toRegistration()));
        return ResponseEntity.status(HttpStatus.CREATED).body(RegistrationReceipt.of(registered));
    }

    /**
     * The gemeente of the link. Until the tenant registry exists, a gemeente is known when it has a database:
     * entering an unknown slug would create one (the tenant database gets its indexes on first use), and anyone
     * could do that without a login.
     */
    private TenantId knownGemeente(String tenant, String cohortId) {
        if (!TenantId.isValid(tenant)) {
            throw new InvalidInputException("tenant",
                    "must be a gemeente's slug: lower-case letters, digits and inner hyphens");
        }
        TenantId gemeente = TenantId.of(tenant);
        String database = databases.databaseName(gemeente);
        if (!mongo.listDatabaseNames().into(new java.util.ArrayList<>()).contains(database)) {
            throw new NotFoundException("Cohort", cohortId);
        }
        return gemeente;
    }

    private static <T> T asGemeente(TenantId gemeente, Supplier<T> work) {
        return TenantContext.callAs(gemeente, work);
    }
}
