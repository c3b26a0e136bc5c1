package nl.koploper.notification;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.meeting.MeetingCancelled;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.contracts.meeting.MeetingLocation;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.contracts.meeting.MeetingScheduled;

/** Test data: meeting events as events-service publishes them. */
public final class TestMeetings {

    private TestMeetings() {
    }

    public static MeetingDetails kickOff(String meetingId, int sequence) {
        return new MeetingDetails(meetingId, meetingId + "@koploper.example", sequence, "KICK_OFF",
                "Startbijeenkomst Koploperproject", "Kennismaking met de wethouder.",
                "2027-03-09T19:30:00+01:00", "2027-03-09T21:30:00+01:00", "Europe/Amsterdam",
                new MeetingLocation("Hooiweg 1, 9801 LA Zuidhorn", null), 40);
    }

    public static MeetingDetails moved(MeetingDetails meeting) {
        return new MeetingDetails(meeting.meetingId(), meeting.uid(), meeting.sequence() + 1, meeting.type(),
                meeting.title(), meeting.description(), "2027-03-16T19:30:00+01:00", "2027-03-16T21:30:00+01:00",
                meeting.timeZone(), new MeetingLocation("Raadhuisplein 1, 9801 AA Zuidhorn", null),
                meeting.capacity());
    }

    public static MeetingDetails cancelled(MeetingDetails meeting) {
        return new MeetingDetails(meeting.meetingId(), meeting.uid(), meeting.sequence() + 1, meeting.type(),
                meeting.title(), meeting.description(), meeting.start(), meeting.end(), meeting.timeZone(),
                meeting.location(), meeting.capacity());
    }

    public static MeetingRecipient recipient(String email, String locale) {
        return new MeetingRecipient("inv-" + email, "p-" + email, "PARTICIPANT", "Deelnemer " + email, email, locale,
                "https://koploper.example/api/public/meetings/rsvp/token-" + email.hashCode());
    }

    public static MeetingScheduled scheduled(String gemeente, MeetingDetails meeting, List<MeetingRecipient> to) {
        return new MeetingScheduled(gemeente, "cohort-1", meeting, to, Instant.parse("2027-01-10T10:00:00Z"));
    }

    public static MeetingRescheduled rescheduled(String gemeente, MeetingDetails before, List<MeetingRecipient> to) {
        MeetingDetails after = moved(before);
        return new MeetingRescheduled(gemeente, "cohort-1", after, before.start(), before.end(), before.location(),
                to.stream().map(r -> r).toList(), Instant.parse("2027-01-11T10:00:00Z"));
    }

    public static MeetingCancelled cancellation(String gemeente, MeetingDetails current, List<MeetingRecipient> to) {
        return new MeetingCancelled(gemeente, "cohort-1", cancelled(current), "De zaal is niet beschikbaar.",
                to.stream().map(r -> new MeetingRecipient(r.invitationId(), r.participantId(), r.kind(), r.name(),
                        r.email(), r.locale(), null)).toList(), Instant.parse("2027-01-12T10:00:00Z"));
    }
}
