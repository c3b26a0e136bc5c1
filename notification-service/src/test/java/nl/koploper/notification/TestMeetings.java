package nl.koploper.notification;

import java.util.List;
import nl.koploper.contracts.golden.GoldenSamples;
import nl.koploper.contracts.meeting.MeetingCancelled;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.contracts.meeting.MeetingLocation;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.contracts.meeting.MeetingScheduled;

/** Test data: meeting events as events-service publishes them, from their golden samples. */
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
        return meetingEvent(MeetingScheduled.class, gemeente, meeting).with("recipients", to)
                .with("scheduledAt", "2027-01-10T10:00:00Z").read();
    }

    public static MeetingRescheduled rescheduled(String gemeente, MeetingDetails before, List<MeetingRecipient> to) {
        return rescheduled(gemeente, before, moved(before), to);
    }

    public static MeetingRescheduled rescheduled(String gemeente, MeetingDetails before, MeetingDetails after,
                                                 List<MeetingRecipient> to) {
        return meetingEvent(MeetingRescheduled.class, gemeente, after).with("previousStart", before.start())
                .with("previousEnd", before.end()).with("previousLocation", before.location()).with("recipients", to)
                .with("rescheduledAt", "2027-01-11T10:00:00Z").read();
    }

    public static MeetingCancelled cancellation(String gemeente, MeetingDetails current, List<MeetingRecipient> to) {
        return meetingEvent(MeetingCancelled.class, gemeente, cancelled(current))
                .with("reason", "De zaal is niet beschikbaar.")
                .with("recipients", to.stream().map(TestMeetings::withoutRsvp).toList())
                .with("cancelledAt", "2027-01-12T10:00:00Z").read();
    }

    /** A recipient of a cancellation: there is nothing left to answer. */
    public static MeetingRecipient withoutRsvp(MeetingRecipient r) {
        return new MeetingRecipient(r.invitationId(), r.participantId(), r.kind(), r.name(), r.email(), r.locale(),
                null);
    }

    /** The golden sample of an event about {@code meeting}, of this test's gemeente and cohort. */
    public static <T> GoldenSamples.Sample<T> meetingEvent(Class<T> event, String gemeente, MeetingDetails meeting) {
        return GoldenSamples.sample(event).with("tenantId", gemeente).with("cohortId", "cohort-1")
                .with("meeting", meeting);
    }
}
