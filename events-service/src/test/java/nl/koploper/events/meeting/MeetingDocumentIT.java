package nl.koploper.events.meeting;

import static nl.koploper.events.meeting.MeetingBuilder.LINKS;
import static nl.koploper.events.meeting.MeetingBuilder.NOW;
import static nl.koploper.events.meeting.MeetingBuilder.aMeeting;
import static nl.koploper.events.meeting.MeetingLifecycleTest.ENDS;
import static nl.koploper.events.meeting.MeetingLifecycleTest.STARTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.ServiceIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The meeting document in the database, through the store: the meeting's invitation list, waiting list and programme
 * are top-level fields, as they always were, so documents stored before read back with every part and are saved in
 * the same shape.
 */
@KoploperIntegrationTest
class MeetingDocumentIT extends ServiceIntegrationTest {

    /** The meeting of the fixture {@code meeting-of-the-earlier-shape.json}. */
    static final String EARLIER_MEETING = "ba473972-27e9-4f23-a821-3e87eacc04d5";
    static final String[] FIELDS_OF_A_HELD_SYMPOSIUM = {"_id", "_class", "version", "tenantId", "cohortId", "type",
        "title", "description", "localStart", "localEnd", "zone", "startsAt", "endsAt", "location", "capacity",
        "invitations", "waitingList", "uid", "sequence", "status", "createdAt", "scheduledAt", "heldAt",
        "locationToBeDecided", "programme", "pendingEvents", "eventSequence", "appliedEventIds"};

    @Autowired
    MeetingStore store;
    @Autowired
    MongoTemplate mongo;

    TenantId gemeente;

    @BeforeEach
    void aGemeenteOfItsOwn() {
        gemeente = TenantId.of(gemeenten.newGemeente("md"));
    }

    /** A held symposium with answers, a waiting list, a withdrawn invitation, attendance and a programme. */
    private Meeting aHeldSymposium() {
        MeetingPlan plan = aMeeting().ofType(MeetingType.SYMPOSIUM).capacity(1).plan();
        Meeting meeting = Meeting.schedule(gemeente, MeetingBuilder.COHORT_ID, plan, MeetingBuilder.participants(1, 3),
                LINKS, NOW);
        meeting.respond(invitationOf(meeting, 1), RsvpResponse.ACCEPTED, LINKS, NOW);
        meeting.respond(invitationOf(meeting, 2), RsvpResponse.ACCEPTED, LINKS, NOW);
        meeting.withdrawParticipant("participant-3", "Teruggetrokken", LINKS, NOW);
        meeting.replaceProgramme(List.of(
                new ProgrammeSession("2027-03-04T20:00", "2027-03-04T21:00", "Uitreiking", null,
                        List.of(new ProgrammeSession.Speaker("Anna Bakker", "Gemeente Westerkwartier"))),
                new ProgrammeSession("2027-03-04T19:00", "2027-03-04T20:00", "Opening", "Welkom", List.of())), NOW);
        meeting.recordAttendance(List.of(AttendanceMark.present(invitationOf(meeting, 1))), STARTS);
        meeting.markHeld(ENDS);
        return meeting;
    }

    private static String invitationOf(Meeting meeting, int participant) {
        return meeting.invitationOfParticipant("participant-" + participant).orElseThrow().id();
    }

    private Document raw(String meetingId) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(meetingId)), Document.class, "meetings");
    }

    @Test
    void theInvitationsWaitingListAndProgrammeAreTopLevelFieldsOfTheStoredDocument() {
        Meeting meeting = aHeldSymposium();

        Document stored = TenantContext.callAs(gemeente, () -> {
            store.insert(meeting);
            return raw(meeting.id());
        });

        assertThat(stored.keySet()).containsExactlyInAnyOrder(FIELDS_OF_A_HELD_SYMPOSIUM);
        List<Document> invitations = stored.getList("invitations", Document.class);
        assertThat(invitations).extracting(i -> i.getString("participantId"))
                .containsExactly("participant-1", "participant-2", "participant-3");
        assertThat(invitations.get(0).getString("attendance")).isEqualTo("PRESENT");
        assertThat(invitations.get(0).getString("response")).isEqualTo("ACCEPTED");
        assertThat(invitations.get(2)).containsKey("withdrawnAt");
        assertThat(stored.getList("waitingList", String.class)).containsExactly(invitationOf(meeting, 2));
        assertThat(stored.getList("programme", Document.class)).extracting(item -> item.getString("title"))
                .containsExactly("Opening", "Uitreiking");
    }

    @Test
    void aStoredDocumentOfTheEarlierShapeReadsBackWithAllItsParts() {
        Meeting read = TenantContext.callAs(gemeente, () -> {
            mongo.getCollection("meetings").insertOne(earlierShape());
            return store.get(EARLIER_MEETING);
        });

        assertThat(read.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(read.type()).isEqualTo(MeetingType.SYMPOSIUM);
        assertThat(read.time()).isEqualTo(aMeeting().time());
        assertThat(read.capacity()).isEqualTo(1);
        assertThat(read.sequence()).isEqualTo(1);
        assertThat(read.version()).isEqualTo(3L);
        assertThat(read.invitationScope()).isEqualTo(InvitationScope.COHORT);
        assertThat(read.reminderSentAt()).isEqualTo(Instant.parse("2027-03-03T18:05:00Z"));
        assertThat(read.hasApplied("0b6f1d8e-2c47-4a9e-9d1b-5f3e8a7c6d20")).isTrue();
        assertThat(read.invitations()).extracting(Invitation::participantId)
                .containsExactly("participant-1", "participant-2", "participant-3");
        assertThat(read.activeInvitations()).extracting(Invitation::participantId)
                .containsExactly("participant-1", "participant-2");
        assertThat(read.placed()).extracting(Invitation::participantId).containsExactly("participant-1");
        assertThat(read.waitingList()).extracting(Invitation::participantId).containsExactly("participant-2");
        assertThat(read.placesLeft()).isZero();
        assertThat(read.attendanceOfParticipant("participant-1")).contains(Attendance.PRESENT);
        assertThat(read.attendanceSummary()).isEqualTo(new AttendanceSummary(2, 1, 0, 1));
        assertThat(read.programme()).extracting(ProgrammeSession::title).containsExactly("Opening", "Uitreiking");
        assertThat(read.programme().get(1).speakers())
                .containsExactly(new ProgrammeSession.Speaker("Anna Bakker", "Gemeente Westerkwartier"));
    }

    @Test
    void savingAStoredDocumentOfTheEarlierShapeWritesItBackInThatShape() {
        Document earlier = earlierShape();

        Document saved = TenantContext.callAs(gemeente, () -> {
            mongo.getCollection("meetings").insertOne(earlier);
            store.change(EARLIER_MEETING, null, meeting -> meeting);
            return raw(EARLIER_MEETING);
        });

        assertThat(saved.getLong("version")).isEqualTo(4L);
        saved.remove("version");
        earlier.remove("version");
        assertThat(saved).isEqualTo(earlier);
    }

    /** The held symposium of {@link #aHeldSymposium} as the store wrote it before the meeting had parts of its own. */
    private Document earlierShape() {
        try (InputStream in = MeetingDocumentIT.class.getResourceAsStream("meeting-of-the-earlier-shape.json")) {
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .append("tenantId", gemeente.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
