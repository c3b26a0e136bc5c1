package nl.koploper.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WakeUpLoopTest {

    private WakeUpLoop loop;

    @AfterEach
    void stop() {
        if (loop != null) {
            loop.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aWakeUpRunsAPassLongBeforeTheInterval() {
        AtomicInteger passes = new AtomicInteger();
        loop = new WakeUpLoop("test-loop", Duration.ofHours(1), passes::incrementAndGet);
        loop.start();

        loop.wakeUp();

        await().atMost(Duration.ofSeconds(30)).until(() -> passes.get() == 1);
        assertThat(loop.timedPasses()).isZero();
    }

    @Test
    void withoutWakeUpsAPassRunsEveryInterval() {
        AtomicInteger passes = new AtomicInteger();
        loop = new WakeUpLoop("test-loop", Duration.ofMillis(100), passes::incrementAndGet);
        loop.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 3);
        assertThat(loop.timedPasses()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void wakeUpsDuringAPassMakeExactlyOneMorePass() throws InterruptedException {
        CountDownLatch firstPassRunning = new CountDownLatch(1);
        CountDownLatch finishFirstPass = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        loop = new WakeUpLoop("test-loop", Duration.ofHours(1), () -> {
            if (passes.incrementAndGet() == 1) {
                firstPassRunning.countDown();
                try {
                    finishFirstPass.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        loop.start();
        loop.wakeUp();
        assertThat(firstPassRunning.await(2, TimeUnit.SECONDS)).isTrue();

        // Work announced while the first pass runs (it may have looked already): not lost, and coalesced.
        for (int i = 0; i < 50; i++) {
            loop.wakeUp();
        }
        finishFirstPass.countDown();

        await().atMost(Duration.ofSeconds(2)).until(() -> passes.get() == 2);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> passes.get() == 2);
    }

    @Test
    void aFailingPassDoesNotEndTheLoop() {
        AtomicInteger passes = new AtomicInteger();
        loop = new WakeUpLoop("test-loop", Duration.ofHours(1), () -> {
            passes.incrementAndGet();
            throw new IllegalStateException("database briefly away");
        });
        loop.start();

        loop.wakeUp();
        await().atMost(Duration.ofSeconds(2)).until(() -> passes.get() == 1);
        loop.wakeUp();
        await().atMost(Duration.ofSeconds(2)).until(() -> passes.get() == 2);
    }

    @Test
    void afterStopNoPassRuns() {
        AtomicInteger passes = new AtomicInteger();
        loop = new WakeUpLoop("test-loop", Duration.ofMillis(50), passes::incrementAndGet);
        loop.start();
        loop.stop(Duration.ofSeconds(2));
        int afterStop = passes.get();

        loop.wakeUp();

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> passes.get() == afterStop);
        assertThat(loop.isRunning()).isFalse();
    }
}
