package nl.koploper.platform.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.ETags;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.IfMatch;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creation with {@code Idempotency-Key} and a change with {@code If-Match}, the way the services do them. */
@RestController
@RequestMapping("/api/pledges")
@PreAuthorize("hasRole('coordinator')")
class PledgeController {

    private final MongoTemplate mongo;

    PledgeController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostMapping
    ResponseEntity<PledgeView> create(@Valid @RequestBody PledgeRequest request, IdempotencyKey idempotencyKey) {
        String key = idempotencyKey.value();
        String fingerprint = IdempotencyKey.fingerprint(request);
        Created<Pledge> created;
        try {
            created = key == null ? Created.created(insert(request, null, fingerprint))
                    : findByKey(key).map(earlier -> replay(earlier, fingerprint))
                            .orElseGet(() -> Created.created(insert(request, key, fingerprint)));
        } catch (DuplicateKeyException raced) {
            created = replay(findByKey(key).orElseThrow(() -> raced), fingerprint);
        }
        Pledge pledge = created.resource();
        return created.response(URI.create("/api/pledges/" + pledge.id)).eTag(ETags.of(pledge.version))
                .body(PledgeView.of(pledge));
    }

    @PostMapping("/{id}/renew")
    ResponseEntity<PledgeView> renew(@PathVariable String id, IfMatch ifMatch) {
        Long expected = ifMatch.expectedVersion();
        Pledge pledge = mongo.findById(id, Pledge.class);
        if (pledge == null) {
            throw new NotFoundException("Pledge", id);
        }
        if (expected != null && !Objects.equals(expected, pledge.version)) {
            throw new PreconditionFailedException("Pledge " + id + " has changed since version " + expected);
        }
        pledge.version++;
        mongo.save(pledge);
        return ResponseEntity.ok().eTag(ETags.of(pledge.version)).body(PledgeView.of(pledge));
    }

    private Pledge insert(PledgeRequest request, String key, String fingerprint) {
        return mongo.insert(new Pledge(TenantContext.require().value(), request.text(), key, fingerprint));
    }

    private Optional<Pledge> findByKey(String key) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where("requestKey").is(key)), Pledge.class));
    }

    private static Created<Pledge> replay(Pledge earlier, String fingerprint) {
        IdempotencyKey.requireSameRequest(earlier.requestFingerprint, fingerprint,
                "This Idempotency-Key was already used for a different pledge");
        return Created.replayed(earlier);
    }

    record PledgeRequest(@NotBlank String text) {
    }

    record PledgeView(String id, String text, long version) {
        static PledgeView of(Pledge pledge) {
            return new PledgeView(pledge.id, pledge.text, pledge.version);
        }
    }
}
