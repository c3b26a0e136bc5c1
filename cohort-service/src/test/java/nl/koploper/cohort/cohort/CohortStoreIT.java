package nl.koploper.cohort.cohort;

import static nl.koploper.cohort.cohort.Cohorts.NOW;
import static nl.koploper.cohort.cohort.RegistrationBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koploper.test.TestTokens;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.koploper.cohort.CohortApi;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.PreconditionFailedException;
import nl.koploper.test.KoploperIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The race made deterministic: another registration is saved from another thread between this change's load and its
 * save, every time the test wants it to. The HTTP race test shows the outcome under real concurrency; this one proves
 * the losing path (version conflict, reload, rules judged again) is the one taken.
 */
@KoploperIntegrationTest
class CohortStoreIT {

    @Autowired
    CohortStore store;

    TenantId gemeente;
    String cohortId;
    ExecutorService other;

    @BeforeEach
    void anOpenCohortWithOnePlaceLeft() {
        gemeente = TenantId.of(TestTokens.newGemeente("store"));
        other = Executors.newSingleThreadExecutor();
        TenantContext.runAs(gemeente, () -> {
            Cohort cohort = Cohort.create(gemeente, Cohorts.plan(1, 2), NOW);
            cohort.open(NOW);
            cohort.register(organisation(1).build(), NOW);
            cohortId = store.insert(cohort).id();
        });
    }

    @AfterEach
    void stopTheOtherThread() {
        other.shutdownNow();
    }

    /** Saves a registration of organisation {@code n} from another thread, as a concurrent request would. */
    private void anotherRequestRegisters(int n) {
        try {
            other.submit(() -> TenantContext.runAs(gemeente,
                    () -> store.change(cohortId, null, c -> c.register(organisation(n).build(), NOW)))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLoserOfTheLastPlaceIsRetriedOntoTheWaitingList() {
        AtomicInteger attempts = new AtomicInteger();

        Participant late = TenantContext.callAs(gemeente, () -> store.change(cohortId, null, cohort -> {
            if (attempts.incrementAndGet() == 1) {
                anotherRequestRegisters(2); // takes the last place after we loaded the cohort
            }
            return cohort.register(organisation(3).build(), NOW);
        }));

        assertThat(attempts).hasValue(2);
        assertThat(late.status()).isEqualTo(ParticipantStatus.WAITLISTED);
        Cohort stored = TenantContext.callAs(gemeente, () -> store.get(cohortId));
        assertThat(stored.placed()).extracting(p -> p.organisation().name())
                .containsExactly("Organisatie 1", "Organisatie 2");
        assertThat(stored.waitingList()).extracting(p -> p.organisation().name()).containsExactly("Organisatie 3");
    }

    @Test
    void aRuleIsJudgedAgainOnTheFreshState() {
        AtomicInteger attempts = new AtomicInteger();

        // The same organisation registers twice at once: the retry sees the first registration and refuses.
        assertThatThrownBy(() -> TenantContext.runAs(gemeente, () -> store.change(cohortId, null, cohort -> {
            if (attempts.incrementAndGet() == 1) {
                anotherRequestRegisters(2);
            }
            return cohort.register(organisation(2).build(), NOW);
        }))).hasMessageContaining("already registered");
        assertThat(TenantContext.callAs(gemeente, () -> store.get(cohortId)).participants()).hasSize(2);
    }

    @Test
    void aChangeAgainstANamedVersionIsNeverRetried() {
        Long version = TenantContext.callAs(gemeente, () -> store.get(cohortId)).version();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> TenantContext.runAs(gemeente, () -> store.change(cohortId, version, cohort -> {
            attempts.incrementAndGet();
            anotherRequestRegisters(2);
            cohort.start(NOW);
            return cohort;
        }))).isInstanceOf(PreconditionFailedException.class);

        assertThat(attempts).hasValue(1);
        assertThat(TenantContext.callAs(gemeente, () -> store.get(cohortId)).status()).isEqualTo(CohortStatus.OPEN);
    }
}
