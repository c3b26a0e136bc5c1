package nl.koploper.events.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.koploper.platform.tenancy.TenantId;

/**
 * Test data builder for meetings: a knowledge session of the Westerkwartier cohort on Thursday 4 March 2027, 19:00 to
 * 21:30 Amsterdam, at the town hall, for three participants, unless a test says otherwise. All times are fixed.
 */
final class MeetingBuilder {

    static final TenantId GEMEENTE = TenantId.of("westerkwartier");
    static final String COHORT_ID = "cohort-westerkwartier-2027";
    /** When the coordinator plans: weeks before the meeting. */
    static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    static final LocalDateTime START = LocalDateTime.parse("2027-03-04T19:00");
    static final LocalDateTime END = LocalDateTime.parse("2027-03-04T21:30");
    static final Location TOWN_HALL = Location.at("Hooiweg 6, 9801 AZ Zuidhorn");
    /** A stand-in for the service's signer: the link shows what it was made for, so tests can check it. */
    static final RsvpLinks LINKS = (gemeente, meeting, invitation, expiresAt) ->
            "https://koploper.test/rsvp/" + gemeente + "/" + invitation + "?until=" + expiresAt;

    private MeetingType type = MeetingType.KNOWLEDGE_SESSION;
    private String title = "Kennissessie energie besparen";
    private String description = "Drie Koplopers vertellen hoe zij hun gasverbruik halveerden.";
    private LocalDateTime start = START;
    private LocalDateTime end = END;
    private Location location = TOWN_HALL;
    private Integer capacity;
    private final List<Invitee> invitees = new ArrayList<>(participants(1, 3));

    private MeetingBuilder() {
    }

    static MeetingBuilder aMeeting() {
        return new MeetingBuilder();
    }

    /** The n-th of a series of distinct participants (own organisation, contact and address). */
    static Invitee participant(int n) {
        return Invitee.participant("participant-" + n, "Contact " + n, "contact" + n + "@example.nl", "nl");
    }

    static List<Invitee> participants(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(MeetingBuilder::participant).toList();
    }

    MeetingBuilder ofType(MeetingType type) {
        this.type = type;
        return this;
    }

    MeetingBuilder from(LocalDateTime start, LocalDateTime end) {
        this.start = start;
        this.end = end;
        return this;
    }

    MeetingBuilder at(Location location) {
        this.location = location;
        return this;
    }

    MeetingBuilder capacity(int capacity) {
        this.capacity = capacity;
        return this;
    }

    /** Participants 1..count instead of the default three. */
    MeetingBuilder withParticipants(int count) {
        invitees.clear();
        invitees.addAll(participants(1, count));
        return this;
    }

    MeetingBuilder alsoInviting(Invitee invitee) {
        invitees.add(invitee);
        return this;
    }

    MeetingTime time() {
        return MeetingTime.inAmsterdam(start, end);
    }

    MeetingPlan plan() {
        return new MeetingPlan(type, title, description, time(), location, capacity);
    }

    /** In DRAFT, as a proposed kick-off: nothing recorded. */
    Meeting proposed() {
        return Meeting.propose(GEMEENTE, COHORT_ID, plan(), invitees, NOW);
    }

    /** SCHEDULED at {@link #NOW}: the invitations are recorded. */
    Meeting scheduled() {
        return Meeting.schedule(GEMEENTE, COHORT_ID, plan(), invitees, LINKS, NOW);
    }
}
