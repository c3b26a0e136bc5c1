package nl.koploper.cohort.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.koploper.cohort.certificate.CertificateCriteria;
import nl.koploper.cohort.certificate.VerificationCodes;
import nl.koploper.platform.gemeente.GemeenteRegistry;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.Created;
import nl.koploper.platform.web.IdempotencyKey;
import nl.koploper.platform.web.PageView;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Creates cohorts and drives their lifecycle; the rules themselves are the {@link Cohort}'s. */
@Service
class CohortService {

    private final CohortStore store;
    private final Clock clock;
    private final GemeenteRegistry gemeenten;
    private final List<CompletionFollowUp> followUps;
    private final CertificateCriteria certificateCriteria;

    CohortService(CohortStore store, Clock clock, GemeenteRegistry gemeenten, List<CompletionFollowUp> followUps,
                  CertificateCriteria certificateCriteria) {
        this.store = store;
        this.clock = clock;
        this.gemeenten = gemeenten;
        this.followUps = followUps;
        this.certificateCriteria = certificateCriteria;
    }

    /** The new cohort, or the one an earlier request with the same key and the same plan created. */
    Created<Cohort> create(String idempotencyKey, CohortPlan plan) {
        String fingerprint = IdempotencyKey.fingerprint(plan);
        if (idempotencyKey == null) {
            return Created.created(store.insert(Cohort.create(TenantContext.require(), plan,
                    "generated:" + UUID.randomUUID(), fingerprint, now())));
        }
        String requestKey = "client:" + idempotencyKey;
        Cohort earlier = store.findByRequestKey(requestKey).orElse(null);
        if (earlier != null) {
            return replay(earlier, fingerprint);
        }
        try {
            return Created.created(store.insert(Cohort.create(TenantContext.require(), plan, requestKey,
                    fingerprint, now())));
        } catch (DuplicateKeyException e) {
            // The same key raced us in: the unique index let exactly one through; answer with that one.
            return replay(store.findByRequestKey(requestKey).orElseThrow(() -> e), fingerprint);
        }
    }

    PageView<CohortView> list(int page, int size) {
        return PageView.of(store.page(page, size).stream().map(CohortView::of).toList(), page, size, store.count());
    }

    Cohort get(String cohortId) {
        return store.get(cohortId);
    }

    Cohort open(String cohortId, Long expectedVersion) {
        return transition(cohortId, expectedVersion, cohort -> cohort.open(now()));
    }

    Cohort start(String cohortId, Long expectedVersion) {
        return transition(cohortId, expectedVersion, cohort -> cohort.start(now()));
    }

    /**
     * Completes the cohort, issuing the certificates (with the gemeente's display name as the registry has it) to
     * the finished participants that meet the criteria or were overridden, in the same write, then runs the
     * follow-ups (certificate register, network).
     */
    Cohort complete(String cohortId, Long expectedVersion) {
        String gemeenteName = gemeenten.displayName(TenantContext.require().value());
        Cohort completed;
        try {
            completed = transition(cohortId, expectedVersion,
                    cohort -> cohort.complete(now(), gemeenteName, VerificationCodes::generate,
                            certificateCriteria.metIn(cohort)));
        } catch (RuleViolationException refused) {
            followUpCompletion(store.get(cohortId)); // completed before: make sure its follow-ups all happened
            throw refused;
        }
        followUpCompletion(completed);
        return completed;
    }

    /**
     * Runs the completion's follow-ups for a completed cohort. They are idempotent, so this also repairs a completion
     * whose process stopped between saving the cohort and finishing them (the coordinator's
     * {@code POST /api/cohorts/{id}/complete} on a completed cohort does exactly that before answering 409).
     */
    void followUpCompletion(Cohort completed) {
        if (completed.status() == CohortStatus.COMPLETED) {
            followUps.forEach(followUp -> followUp.completed(completed));
        }
    }

    Cohort cancel(String cohortId, Long expectedVersion, String reason) {
        return transition(cohortId, expectedVersion, cohort -> cohort.cancel(reason, now()));
    }

    private Cohort transition(String cohortId, Long expectedVersion, Consumer<Cohort> change) {
        return store.change(cohortId, expectedVersion, cohort -> {
            change.accept(cohort);
            return cohort;
        });
    }

    private static Created<Cohort> replay(Cohort earlier, String fingerprint) {
        IdempotencyKey.requireSameRequest(earlier.requestFingerprint(), fingerprint, "This Idempotency-Key was "
                + "already used to create a different cohort; send a new key for a new cohort");
        return Created.replayed(earlier);
    }

    // Millisecond precision, as the database keeps it: an answer then shows the same times as every later read.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
