package nl.koploper.events.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.events.meeting.UpcomingMeetings;
import nl.koploper.events.meeting.UpcomingMeetings.Due;
import nl.koploper.events.meeting.UpcomingMeetings.Job;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The time-driven work on meetings of every gemeente: the reminder the day before a meeting (a
 * {@code MeetingReminderDue} event) and marking a meeting HELD once it has ended. Finds what is due in the shared
 * {@link UpcomingMeetings} index, claims each meeting there (so replicas spread the work instead of all doing it),
 * enters the meeting's gemeente and lets the meeting judge and record the change in one versioned save: that save is
 * what makes "N replicas, two runs → one reminder" hold even when a lease runs out mid-work.
 */
@Component
@EnableConfigurationProperties(ReminderProperties.class)
public class MeetingJobs {

    private static final Logger log = LoggerFactory.getLogger(MeetingJobs.class);

    private final UpcomingMeetings upcoming;
    private final MeetingStore store;
    private final RsvpLinks links;
    private final Clock clock;
    private final ReminderProperties settings;

    MeetingJobs(UpcomingMeetings upcoming, MeetingStore store, RsvpLinks links, Clock clock,
                ReminderProperties settings) {
        this.upcoming = upcoming;
        this.store = store;
        this.links = links;
        this.clock = clock;
        this.settings = settings;
    }

    /** What one run did in this replica. */
    public record Run(int remindersRecorded, int markedHeld) {
    }

    /** One run at the clock's current time: reminders first, then the meetings that have ended. */
    public Run runOnce() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Due due : upcoming.remindersDue(now, settings.lead(), settings.batchSize())) {
            if (handle(due, Job.REMINDER, now, meeting -> meeting.reminderDue(settings.lead(), now),
                    meeting -> meeting.remindIfDue(settings.lead(), links, now))) {
                reminded++;
            }
        }
        int held = 0;
        for (Due due : upcoming.ended(now, settings.batchSize())) {
            if (handle(due, Job.HELD, now, meeting -> meeting.endedUnmarked(now),
                    meeting -> meeting.markHeldIfEnded(now))) {
                held++;
            }
        }
        if (reminded > 0 || held > 0) {
            log.info("Meeting jobs: {} reminder(s) recorded, {} meeting(s) marked held", reminded, held);
        }
        return new Run(reminded, held);
    }

    private boolean handle(Due due, Job job, Instant now, Predicate<Meeting> isDue, Predicate<Meeting> apply) {
        if (!upcoming.claim(due, job, now, settings.lease())) {
            return false; // another replica has it
        }
        try {
            return TenantContext.callAs(due.gemeente(), () -> {
                Meeting meeting = store.get(due.meetingId());
                if (!isDue.test(meeting)) {
                    // The entry was stale (a save whose index update was lost): correct it from the meeting.
                    upcoming.sync(meeting);
                    return false;
                }
                return store.change(due.meetingId(), null, apply::test);
            });
        } catch (NotFoundException gone) {
            upcoming.remove(due);
            return false;
        } catch (RuntimeException e) {
            // One meeting's trouble must not hold up the others; its lease runs out and a later run tries again.
            log.warn("Meeting job {} failed for meeting {} of {}", job, due.meetingId(), due.gemeente().value(), e);
            return false;
        }
    }
}
