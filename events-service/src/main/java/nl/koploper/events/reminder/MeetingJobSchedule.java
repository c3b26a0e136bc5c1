package nl.koploper.events.reminder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link MeetingJobs} in every replica on a fixed delay; the claims in the shared index make the replicas share
 * the work rather than repeat it. Off with {@code koploper.events.reminders.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "koploper.events.reminders.enabled", havingValue = "true", matchIfMissing = true)
class MeetingJobSchedule {

    private final MeetingJobs jobs;

    MeetingJobSchedule(MeetingJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(initialDelayString = "${koploper.events.reminders.initial-delay:PT1M}",
            fixedDelayString = "${koploper.events.reminders.interval:PT5M}")
    void run() {
        jobs.runOnce();
    }
}
