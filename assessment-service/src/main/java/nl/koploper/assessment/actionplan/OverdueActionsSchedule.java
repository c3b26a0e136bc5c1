package nl.koploper.assessment.actionplan;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link OverdueActionsJob} in every replica on a fixed delay; the claims in the shared index make the replicas
 * share the work. Off with {@code koploper.assessment.overdue.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "koploper.assessment.overdue.enabled", havingValue = "true", matchIfMissing = true)
class OverdueActionsSchedule {

    private final OverdueActionsJob job;

    OverdueActionsSchedule(OverdueActionsJob job) {
        this.job = job;
    }

    @Scheduled(initialDelayString = "${koploper.assessment.overdue.initial-delay:PT2M}",
            fixedDelayString = "${koploper.assessment.overdue.interval:PT15M}")
    void run() {
        job.runOnce();
    }
}
