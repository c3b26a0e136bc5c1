package nl.koploper.contracts.meeting;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * A scheduled meeting starts soon (by default within 24 hours): remind whoever may still come. Published once per
 * meeting and start time across all replicas; a meeting rescheduled after its reminder gets one more for its new start.
 *
 * @param recipients               the current invitees who accepted and hold a place, answered tentative or have not
 *                                 answered; not those who declined, nor acceptances still on the waiting list
 * @param unansweredInvitationIds  the recipients (by {@code invitationId}) who have not answered yet, so the mail can
 *                                 ask them to; their {@code rsvpUrl} still works until the start
 * @param dueAt                    when the reminder was judged due (the start minus the configured lead, or later)
 */
@EventType(value = "nl.koploper.meeting.meeting-reminder-due.v1", topic = Topics.MEETING_EVENTS)
public record MeetingReminderDue(String tenantId, String cohortId, MeetingDetails meeting,
                                 List<MeetingRecipient> recipients, List<String> unansweredInvitationIds,
                                 Instant dueAt) {
}
