package nl.koploper.events.symposium;

import java.util.List;
import java.util.Optional;
import nl.koploper.events.award.AwardView;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStatus;
import nl.koploper.events.meeting.MeetingTime;
import nl.koploper.events.meeting.ProgrammeSession;

/**
 * What the public symposium page shows: the symposium and its programme, nothing about who is invited. Times with the
 * Amsterdam offset of the day; a programme item's times as wall-clock times of that day. {@code award} is null until
 * the cohort's award is granted.
 */
record SymposiumView(String meetingId, String title, String description, String start, String end, String address,
                     String onlineUrl, MeetingStatus status, Integer placesLeft, List<ProgrammeSession> programme,
                     Winner award) {

    /** The award ceremony's winner, once the cohort's award is granted: the organisation and the motivation. */
    record Winner(String organisationName, String motivation) {
    }

    static SymposiumView of(Meeting meeting, Optional<AwardView> award) {
        MeetingTime time = meeting.time();
        return new SymposiumView(meeting.id(), meeting.title(), meeting.description(), time.startIso(), time.endIso(),
                meeting.location().address(), meeting.location().onlineUrl(), meeting.status(), meeting.placesLeft(),
                meeting.programme(),
                award.map(a -> new Winner(a.organisationName(), a.motivation())).orElse(null));
    }
}
