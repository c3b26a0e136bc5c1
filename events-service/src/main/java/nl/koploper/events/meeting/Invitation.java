package nl.koploper.events.meeting;

import java.time.Instant;
import java.util.Objects;
import nl.koploper.contracts.meeting.MeetingRecipient;

/**
 * One person's invitation to a meeting, kept inside the {@link Meeting} document with their answer and attendance.
 * Only the meeting changes it, which is why its mutators are package-private. A withdrawn invitation is kept (not
 * removed) so that its RSVP link is refused rather than unknown, and the history stays readable.
 */
public class Invitation {

    private String id;
    private InviteeKind kind;
    private String participantId;
    private String name;
    private String email;
    private String locale;
    private Instant invitedAt;
    private RsvpResponse response = RsvpResponse.NO_REPLY;
    private Instant respondedAt;
    private Attendance attendance = Attendance.NOT_RECORDED;
    private Instant attendanceRecordedAt;
    /** When it was withdrawn (the organisation left the cohort, a guest was uninvited); null while valid. */
    private Instant withdrawnAt;

    // For the object mapping only.
    private Invitation() {
    }

    Invitation(String id, Invitee invitee, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.kind = invitee.kind();
        this.participantId = invitee.participantId();
        this.name = invitee.name();
        this.email = invitee.email();
        this.locale = invitee.locale();
        this.invitedAt = now;
    }

    void respond(RsvpResponse response, Instant now) {
        this.response = response;
        this.respondedAt = now;
    }

    void recordAttendance(boolean present, Instant now) {
        this.attendance = present ? Attendance.PRESENT : Attendance.ABSENT;
        this.attendanceRecordedAt = now;
    }

    void withdraw(Instant now) {
        this.withdrawnAt = now;
    }

    MeetingRecipient recipient(String rsvpUrl) {
        return new MeetingRecipient(id, participantId, kind.name(), name, email, locale, rsvpUrl);
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public String id() {
        return id;
    }

    public InviteeKind kind() {
        return kind;
    }

    /** The cohort participant or network member invited, or null for a guest. */
    public String participantId() {
        return participantId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public RsvpResponse response() {
        return response;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Attendance attendance() {
        return attendance;
    }

    public Instant attendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
