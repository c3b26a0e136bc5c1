package nl.koploper.events.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.koploper.contracts.meeting.AttendanceEntry;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.contracts.meeting.MeetingCancelled;
import nl.koploper.contracts.meeting.MeetingDetails;
import nl.koploper.contracts.meeting.MeetingInvitationAdded;
import nl.koploper.contracts.meeting.MeetingInvitationCancelled;
import nl.koploper.contracts.meeting.MeetingPlaceGranted;
import nl.koploper.contracts.meeting.MeetingRecipient;
import nl.koploper.contracts.meeting.MeetingReminderDue;
import nl.koploper.contracts.meeting.MeetingRescheduled;
import nl.koploper.contracts.meeting.MeetingRsvpRecorded;
import nl.koploper.contracts.meeting.MeetingScheduled;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.ProblemText;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A bijeenkomst of one gemeente's cohort (or of its network): its time and place and its lifecycle. It holds its
 * {@link InvitationList} (with the RSVPs and the waiting list for its places), its
 * {@link AttendanceRegister attendance} and, for a symposium, its {@link Programme}, and decides when each may change.
 * Every change that someone must hear about records exactly one event here, saved in the same document write as the
 * change, so no change goes out without a notice and none gives two. The parts are stored inside this document under
 * the top-level names meeting documents have always had ({@code invitations}, {@code waitingList}, {@code programme}).
 *
 * <p>Time comes in as {@code now} from the caller's clock, so that "until the meeting starts" is testable and the
 * recorded event time is the time the rule was judged against. RSVP links come in as {@link RsvpLinks}, because
 * signing them needs the service's key.
 *
 * <p>Lifecycle: DRAFT (a proposed kick-off; nothing is sent) → SCHEDULED (rescheduled any number of times) →
 * CANCELLED, or HELD once it has ended. The lifecycle methods are package-private (this feature's service drives
 * them); inviting, withdrawing a participant and answering are public, because the cohort-event listener and the RSVP
 * feature are packages of their own.
 */
@Document("meetings")
public class Meeting extends AggregateRoot {

    // Stable rule names: clients and the 409 problem's "rule" property depend on them, so never rename one.
    static final String RULE_NOT_DRAFT = "meeting-not-draft";
    static final String RULE_NOT_SCHEDULED = "meeting-not-scheduled";
    static final String RULE_CLOSED = "meeting-closed";
    static final String RULE_STARTED = "meeting-already-started";
    static final String RULE_NOT_ENDED = "meeting-not-ended";
    static final String RULE_RSVP_CLOSED = "rsvp-closed";
    static final String RULE_INVITATION_WITHDRAWN = "invitation-withdrawn";
    static final String RULE_ATTENDANCE_BEFORE_START = "attendance-before-start";
    static final String RULE_LOCATION_TO_BE_DECIDED = "location-to-be-decided";
    static final String RULE_NOT_A_SYMPOSIUM = "not-a-symposium";

    private static final String UID_DOMAIN = "@meetings.koploper.nl";

    private String tenantId;
    /** Null only for a network activity, which is for the gemeente's whole network rather than one cohort. */
    private String cohortId;
    private MeetingType type;
    private String title;
    private String description;
    // The wall-clock times as ISO text and the zone id, not as LocalDateTime: Spring Data stores a LocalDateTime as a
    // UTC date through the JVM's default zone, and a planned "10:00 Amsterdam" must not depend on where a service runs.
    private String localStart;
    private String localEnd;
    private String zone;
    // Derived from the three above on every change and kept for queries ("upcoming meetings"); never set directly.
    private Instant startsAt;
    private Instant endsAt;
    private Location location;
    private Integer capacity;
    // Not named "invitations": queries name that stored field, and Spring Data would map such a criterion onto this
    // unwrapped part instead of the stored list.
    @Unwrapped.Empty
    private InvitationList invitationList = new InvitationList();
    /** The iCalendar UID: the same for the meeting's whole life, so every update replaces the invitee's entry. */
    private String uid;
    /** The iCalendar SEQUENCE of what was last sent. */
    private int sequence;
    private MeetingStatus status;
    private Instant createdAt;
    private Instant scheduledAt;
    private Instant cancelledAt;
    private String cancellationReason;
    private Instant heldAt;
    /**
     * True while the location is the placeholder of a proposed kick-off: such a meeting cannot be confirmed, so nobody
     * is ever invited to "to be decided".
     */
    private boolean locationToBeDecided;
    /** The start the reminder was sent for, or null: a reschedule to another start makes a new reminder due. */
    private Instant reminderSentFor;
    private Instant reminderSentAt;
    /**
     * The client's {@code Idempotency-Key} of the creating request, or null (kick-off proposals, requests without
     * one). Unique per gemeente database; sparse, so the many meetings without a key do not collide on null.
     */
    @Indexed(unique = true, sparse = true)
    private String requestKey;
    /** A digest of the creating request: a replay with the same key must ask for the same meeting. */
    private String requestFingerprint;
    @Unwrapped.Empty
    private Programme programme = new Programme();
    /**
     * Whom the meeting invites from its cohort. Null in meetings planned before the choice existed: they are treated
     * as {@link InvitationScope#COHORT}, as late placements were always invited to every upcoming meeting.
     */
    private InvitationScope invitationScope;

    @PersistenceCreator
    private Meeting() {
    }

    private Meeting(String id, TenantId gemeente, String cohortId, MeetingPlan plan, Instant now) {
        super(id);
        if (cohortId == null && plan.type() != MeetingType.NETWORK_ACTIVITY) {
            throw new IllegalArgumentException("A " + plan.type() + " meeting belongs to a cohort");
        }
        requireFuture(plan.time(), now);
        this.tenantId = gemeente.value();
        this.cohortId = cohortId;
        this.type = plan.type();
        this.title = plan.title();
        this.description = plan.description();
        setTime(plan.time());
        this.location = plan.location();
        this.capacity = plan.capacity();
        this.uid = id + UID_DOMAIN;
        this.sequence = 0;
        this.status = MeetingStatus.DRAFT;
        this.createdAt = now;
    }

    /**
     * A proposed meeting in DRAFT (the kick-off, once a cohort reaches its minimum): the invitations are prepared, but
     * nothing is recorded, so nothing is sent until the coordinator {@link #confirm confirms} it.
     */
    static Meeting propose(TenantId gemeente, String cohortId, MeetingPlan plan, List<Invitee> invitees, Instant now) {
        Meeting meeting = new Meeting(UUID.randomUUID().toString(), gemeente, cohortId, plan, now);
        meeting.prepareInvitations(invitees, now);
        return meeting;
    }

    /**
     * The kick-off proposed when a cohort reaches its minimum, in DRAFT like any proposal. Its id follows from the
     * cohort, so a redelivered or repeated "minimum reached" can never insert a second one (the insert of the same id
     * fails). A {@code placeholder} location must be replaced before it can be confirmed.
     */
    static Meeting proposeKickOff(TenantId gemeente, String cohortId, MeetingPlan plan, List<Invitee> invitees,
                                  boolean placeholderLocation, Instant now) {
        if (plan.type() != MeetingType.KICK_OFF) {
            throw new IllegalArgumentException("Not a kick-off: " + plan.type());
        }
        Meeting meeting = new Meeting(kickOffId(cohortId), gemeente, cohortId, plan, now);
        meeting.prepareInvitations(invitees, now);
        meeting.locationToBeDecided = placeholderLocation;
        meeting.invitationScope = InvitationScope.COHORT;
        return meeting;
    }

    /** The id of the cohort's proposed kick-off: a name-based UUID, the same for every delivery of the event. */
    static String kickOffId(String cohortId) {
        return UUID.nameUUIDFromBytes(("kick-off:" + cohortId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Remembers the creating request, so that a replay with the same {@code Idempotency-Key} finds this meeting. */
    Meeting createdBy(String requestKey, String requestFingerprint) {
        this.requestKey = requestKey;
        this.requestFingerprint = requestFingerprint;
        return this;
    }

    /** Remembers whom the coordinator chose to invite, which decides whether later placements are invited too. */
    Meeting inviting(InvitationScope scope) {
        this.invitationScope = Objects.requireNonNull(scope, "scope");
        return this;
    }

    /** A meeting scheduled straight away: every invitee gets the invitation. */
    static Meeting schedule(TenantId gemeente, String cohortId, MeetingPlan plan, List<Invitee> invitees,
                            RsvpLinks links, Instant now) {
        Meeting meeting = propose(gemeente, cohortId, plan, invitees, now);
        meeting.confirm(links, now);
        return meeting;
    }

    /** The coordinator confirms a proposed meeting: now the invitations go out. */
    void confirm(RsvpLinks links, Instant now) {
        if (status != MeetingStatus.DRAFT) {
            throw new RuleViolationException(RULE_NOT_DRAFT,
                    "Only a proposed meeting (DRAFT) can be confirmed; this one is " + status);
        }
        if (!startsAt.isAfter(now)) {
            throw new RuleViolationException(RULE_STARTED, "The proposed start " + time().startIso()
                    + " has already passed; reschedule the meeting before confirming it");
        }
        if (locationToBeDecided) {
            throw new RuleViolationException(RULE_LOCATION_TO_BE_DECIDED, "The location of this proposed meeting is "
                    + "still the placeholder '" + location + "'; reschedule it with the real place, then confirm");
        }
        status = MeetingStatus.SCHEDULED;
        scheduledAt = now;
        record(new MeetingScheduled(tenantId, cohortId, details(), recipients(links), now), now);
    }

    /**
     * Moves the meeting in time or place. A scheduled meeting's invitees all get one update (same UID, SEQUENCE one
     * higher) in a single event; a draft changes silently, as nobody has heard of it yet. The same time and place
     * again changes and records nothing, so a double submit sends no second update.
     *
     * <p>Answers are kept: most invitees can still come, and whoever cannot changes the answer through the link.
     *
     * @return whether anything changed
     */
    boolean reschedule(MeetingTime newTime, Location newLocation, RsvpLinks links, Instant now) {
        requireChangeable(now);
        Objects.requireNonNull(newTime, "newTime");
        Objects.requireNonNull(newLocation, "newLocation");
        if (newTime.equals(time()) && newLocation.equals(location)) {
            return false;
        }
        requireFuture(newTime, now);
        MeetingTime before = time();
        Location previousLocation = location;
        setTime(newTime);
        if (!newLocation.equals(location)) {
            locationToBeDecided = false;
        }
        location = newLocation;
        if (status == MeetingStatus.SCHEDULED) {
            sequence++;
            record(new MeetingRescheduled(tenantId, cohortId, details(), before.startIso(), before.endIso(),
                    previousLocation.toContract(), recipients(links), now), now);
        }
        return true;
    }

    /**
     * Calls the meeting off before it starts. Every invitee of a scheduled meeting gets one cancellation; a draft is
     * dropped silently.
     *
     * @param reason what to tell the invitees, or null
     */
    void cancel(String reason, Instant now) {
        requireChangeable(now);
        boolean announced = status == MeetingStatus.SCHEDULED;
        status = MeetingStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = blankToNull(reason);
        invitationList.clearWaitingList();
        if (announced) {
            // Calendar clients ignore a CANCEL whose SEQUENCE is lower than that of the entry they hold; a cancellation
            // is a revision like any other (RFC 5546), so it gets the next number.
            sequence++;
            record(new MeetingCancelled(tenantId, cohortId, details(), cancellationReason,
                    invitationList.active().stream().map(i -> i.recipient(null)).toList(), now), now);
        }
    }

    /** After the meeting has ended, it is HELD: nothing about it can change any more except its attendance. */
    void markHeld(Instant now) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException(RULE_NOT_SCHEDULED,
                    "Only a scheduled meeting can have been held; this one is " + status);
        }
        if (now.isBefore(endsAt)) {
            throw new RuleViolationException(RULE_NOT_ENDED,
                    "The meeting ends at " + time().endIso() + " and cannot be marked as held before that");
        }
        status = MeetingStatus.HELD;
        heldAt = now;
    }

    /**
     * Records the reminder when the meeting is scheduled, starts within {@code lead} and has had no reminder for this
     * start. Whoever still may come is reminded: the invitees with a place, a tentative answer or no answer yet (not
     * those who declined, nor acceptances waiting for a place). Run by any number of replicas at once, the versioned
     * save of this change lets exactly one of them record it; the others, retried on the fresh document, find it done.
     *
     * @return whether the reminder was recorded now
     */
    public boolean remindIfDue(Duration lead, RsvpLinks links, Instant now) {
        if (!reminderDue(lead, now)) {
            return false;
        }
        List<Invitation> reminded = invitationList.mayStillCome();
        reminderSentFor = startsAt;
        reminderSentAt = now;
        record(new MeetingReminderDue(tenantId, cohortId, details(),
                reminded.stream().map(i -> recipient(i, links)).toList(),
                reminded.stream().filter(i -> i.response() == RsvpResponse.NO_REPLY).map(Invitation::id).toList(),
                now), now);
        return true;
    }

    /** Whether {@link #remindIfDue} would record the reminder now. */
    public boolean reminderDue(Duration lead, Instant now) {
        return status == MeetingStatus.SCHEDULED && now.isBefore(startsAt) && !now.isBefore(startsAt.minus(lead))
                && !startsAt.equals(reminderSentFor);
    }

    /** Whether {@link #markHeldIfEnded} would mark it now. */
    public boolean endedUnmarked(Instant now) {
        return status == MeetingStatus.SCHEDULED && !now.isBefore(endsAt);
    }

    /** Whether a reminder for the current start is still to be sent (the upcoming-meetings index keeps this). */
    public boolean reminderPending() {
        return status == MeetingStatus.SCHEDULED && !startsAt.equals(reminderSentFor);
    }

    /**
     * Marks a scheduled meeting HELD once its end has passed; anything else is left as it is, so the job that calls
     * this may run as often and in as many replicas as it likes.
     *
     * @return whether it was marked now
     */
    public boolean markHeldIfEnded(Instant now) {
        if (!endedUnmarked(now)) {
            return false;
        }
        markHeld(now);
        return true;
    }

    /**
     * Replaces a symposium's programme. Every item must lie within the meeting; the whole list is checked before
     * anything changes. Nobody is sent anything: the programme is read on the symposium's page, not mailed per change.
     */
    void replaceProgramme(List<ProgrammeSession> sessions, Instant now) {
        if (type != MeetingType.SYMPOSIUM) {
            throw new RuleViolationException(RULE_NOT_A_SYMPOSIUM, "Only a symposium has a programme");
        }
        requireChangeable(now);
        programme.replace(sessions, time());
    }

    /**
     * An external guest registered through the symposium's public form: invited like a guest the coordinator adds
     * (one invitation with the personal RSVP link, in which they then answer). A second registration with the same
     * address is the same guest and sends nothing.
     *
     * @throws NotFoundException for anything but a scheduled symposium, so the form reveals no other meetings
     */
    public Invitation registerGuest(Invitee guest, RsvpLinks links, Instant now) {
        if (type != MeetingType.SYMPOSIUM || status == MeetingStatus.DRAFT || guest.kind() != InviteeKind.GUEST) {
            throw new NotFoundException("Symposium", id());
        }
        return invite(guest, links, now);
    }

    /**
     * Invites one more person (a late registrant, a participant promoted from the cohort's waiting list, an extra
     * guest). Only they get an invitation, with the meeting's current SEQUENCE. Someone already invited is not invited
     * again: the existing invitation is returned and nothing is recorded, so a redelivered cohort event or a double
     * submit sends no second invitation.
     */
    public Invitation invite(Invitee invitee, RsvpLinks links, Instant now) {
        requireChangeable(now);
        Optional<Invitation> existing = invitationList.of(invitee);
        if (existing.isPresent()) {
            return existing.get();
        }
        Invitation invitation = invitationList.add(invitee, now);
        if (status == MeetingStatus.SCHEDULED) {
            record(new MeetingInvitationAdded(tenantId, cohortId, details(), recipient(invitation, links), now), now);
        }
        return invitation;
    }

    /**
     * The organisation left the cohort: its invitation to this meeting is withdrawn and it alone gets a cancellation.
     * A meeting that has started, ended or was cancelled keeps its history, so nothing changes there; neither does a
     * meeting the participant was not invited to.
     *
     * @return the withdrawn invitation, or empty when nothing changed
     */
    public Optional<Invitation> withdrawParticipant(String participantId, String reason, RsvpLinks links, Instant now) {
        return withdrawWhileUpcoming(participantId, null, reason, links, now);
    }

    /**
     * The member left the gemeente's network: its NETWORK_MEMBER invitation to this meeting (not one it may hold as a
     * cohort participant) is withdrawn and it alone gets a cancellation, as for a participant who withdraws.
     *
     * @return the withdrawn invitation, or empty when nothing changed
     */
    public Optional<Invitation> withdrawNetworkMember(String memberId, String reason, RsvpLinks links, Instant now) {
        return withdrawWhileUpcoming(memberId, InviteeKind.NETWORK_MEMBER, reason, links, now);
    }

    /**
     * The advisor no longer advises any of the cohort's organisations: their ADVISOR invitation to this upcoming meeting
     * is withdrawn and they alone get a cancellation.
     *
     * @return the withdrawn invitation, or empty when nothing changed
     */
    public Optional<Invitation> withdrawAdvisor(String advisorId, Instant now, RsvpLinks links) {
        return withdrawWhileUpcoming(advisorId, InviteeKind.ADVISOR, null, links, now);
    }

    /** Whether the cohort's advisors are invited to this meeting as its organisations are (and as they change). */
    public boolean invitesAdvisors() {
        return followsCohort() && type.concernsAdvisors();
    }

    /** The coordinator uninvites one invitee (a guest who should not have been on the list): they alone are told. */
    void withdrawInvitation(String invitationId, String reason, RsvpLinks links, Instant now) {
        requireChangeable(now);
        withdraw(invitationList.getActive(invitationId), reason, links, now);
    }

    /**
     * An invitee answers, or changes the answer, until the meeting starts. An acceptance gets a place while there is
     * one and otherwise the back of the meeting's waiting list; giving up a place (declining, or only "tentative")
     * passes it to the first in line. The same answer again changes and records nothing.
     */
    public Invitation respond(String invitationId, RsvpResponse response, RsvpLinks links, Instant now) {
        Invitation invitation = invitationList.getActive(invitationId);
        if (status == MeetingStatus.DRAFT) {
            throw new RuleViolationException(RULE_NOT_SCHEDULED, new ProblemText("meeting.not-scheduled",
                    "This meeting has not been confirmed yet"));
        }
        if (status != MeetingStatus.SCHEDULED) {
            throw new RuleViolationException(RULE_CLOSED, new ProblemText("meeting.closed-for-answers." + status,
                    "This meeting is " + status + "; it takes no answers"));
        }
        if (!now.isBefore(startsAt)) {
            throw new RuleViolationException(RULE_RSVP_CLOSED, new ProblemText("meeting.rsvp-closed",
                    "Answers can be changed until the meeting starts at " + time().startIso(), time().startIso()));
        }
        if (response == null || response == RsvpResponse.NO_REPLY) {
            throw new InvalidInputException("response", "invalid", new ProblemText("rsvp.response",
                    "Answer ACCEPTED, DECLINED or TENTATIVE"));
        }
        if (invitation.response() == response) {
            return invitation;
        }
        boolean gaveUpPlace = invitationList.holdsPlace(invitation);
        Integer waitlistPosition = invitationList.answer(invitation, response, capacity, now);
        record(new MeetingRsvpRecorded(tenantId, cohortId, details(), recipient(invitation, links), response.name(),
                waitlistPosition, now), now);
        if (gaveUpPlace) {
            grantFreedPlace(invitation, links, now);
        }
        return invitation;
    }

    /**
     * Whether an answer would be taken now ({@link #respond}'s rule for an active invitation): the meeting is
     * confirmed, not cancelled or held, and has not started.
     */
    public boolean takesAnswers(Instant now) {
        return status == MeetingStatus.SCHEDULED && now.isBefore(startsAt);
    }

    /**
     * The coordinator records who was there, in bulk, once the meeting has started (people arrive; the list is made
     * during or after the meeting). Recording again corrects earlier marks. The whole list is checked before anything
     * changes, so a list with one wrong line changes nothing.
     */
    void recordAttendance(List<AttendanceMark> marks, Instant now) {
        if (status == MeetingStatus.DRAFT) {
            throw new RuleViolationException(RULE_NOT_SCHEDULED, "This meeting was never confirmed");
        }
        if (status == MeetingStatus.CANCELLED) {
            throw new RuleViolationException(RULE_CLOSED, "This meeting was cancelled; nobody attended");
        }
        if (now.isBefore(startsAt)) {
            throw new RuleViolationException(RULE_ATTENDANCE_BEFORE_START,
                    "Attendance can be recorded once the meeting has started at " + time().startIso());
        }
        List<AttendanceEntry> attendance = attendance().record(marks, now);
        record(new MeetingAttendanceRecorded(tenantId, cohortId, details(), attendance, now), now);
    }

    /**
     * For a consumer of another service's events: true (and remembered, saved with this change) the first time the
     * event reaches this meeting, false for a redelivery, which must then change nothing.
     */
    public boolean firstDeliveryOf(ReceivedEvent<?> event) {
        return firstDelivery(event);
    }

    /** Whether the participant was at this meeting; empty when it was not invited. */
    public Optional<Attendance> attendanceOfParticipant(String participantId) {
        return attendance().ofParticipant(participantId);
    }

    /** The meeting's attendance in numbers, over its current invitations. */
    public AttendanceSummary attendanceSummary() {
        return attendance().summary();
    }

    private AttendanceRegister attendance() {
        return new AttendanceRegister(invitationList);
    }

    private void prepareInvitations(List<Invitee> invitees, Instant now) {
        invitees.forEach(invitee -> {
            if (invitationList.of(invitee).isEmpty()) {
                invitationList.add(invitee, now);
            }
        });
    }

    // A meeting that has started, ended or was cancelled keeps its history; so does one the invitee is not invited to.
    private Optional<Invitation> withdrawWhileUpcoming(String participantId, InviteeKind kind, String reason,
                                                       RsvpLinks links, Instant now) {
        if (!upcoming(now)) {
            return Optional.empty();
        }
        Optional<Invitation> invitation = invitationList.ofParticipant(participantId, kind);
        invitation.ifPresent(i -> withdraw(i, reason, links, now));
        return invitation;
    }

    private void withdraw(Invitation invitation, String reason, RsvpLinks links, Instant now) {
        boolean hadPlace = invitationList.holdsPlace(invitation);
        invitationList.withdraw(invitation, now);
        if (status == MeetingStatus.SCHEDULED) {
            // As for a whole cancellation: the one CANCEL must not be older than the entry the invitee holds.
            sequence++;
            record(new MeetingInvitationCancelled(tenantId, cohortId, details(), invitation.recipient(null),
                    blankToNull(reason), now), now);
        }
        if (hadPlace) {
            grantFreedPlace(invitation, links, now);
        }
    }

    private void grantFreedPlace(Invitation vacatedBy, RsvpLinks links, Instant now) {
        invitationList.nextForFreePlace(capacity).ifPresent(first -> record(new MeetingPlaceGranted(tenantId, cohortId,
                details(), recipient(first, links), vacatedBy.id(), now), now));
    }

    // Changes to time, place and invitees: a draft always, a scheduled meeting until it starts, a closed one never.
    private void requireChangeable(Instant now) {
        if (status == MeetingStatus.CANCELLED || status == MeetingStatus.HELD) {
            throw new RuleViolationException(RULE_CLOSED, new ProblemText("meeting.closed." + status,
                    "This meeting is " + status + " and can no longer change"));
        }
        if (status == MeetingStatus.SCHEDULED && !now.isBefore(startsAt)) {
            throw new RuleViolationException(RULE_STARTED, new ProblemText("meeting.started",
                    "This meeting started at " + time().startIso() + " and can no longer change",
                    time().startIso()));
        }
    }

    private boolean upcoming(Instant now) {
        return status == MeetingStatus.DRAFT || (status == MeetingStatus.SCHEDULED && now.isBefore(startsAt));
    }

    private static void requireFuture(MeetingTime time, Instant now) {
        if (!time.startInstant().isAfter(now)) {
            throw new InvalidInputException("start", "The start " + time.startIso() + " is not in the future");
        }
    }

    private void setTime(MeetingTime time) {
        this.localStart = time.start().toString();
        this.localEnd = time.end().toString();
        this.zone = time.zone().getId();
        this.startsAt = time.startInstant();
        this.endsAt = time.endInstant();
    }

    private MeetingDetails details() {
        MeetingTime time = time();
        return new MeetingDetails(id(), uid, sequence, type.name(), title, description, time.startIso(), time.endIso(),
                zone, location.toContract(), capacity);
    }

    // The link works until the meeting starts, when answers close; a reschedule sends fresh links with the new start.
    private MeetingRecipient recipient(Invitation invitation, RsvpLinks links) {
        return invitation.recipient(links.linkFor(tenantId, id(), invitation.id(), startsAt));
    }

    private List<MeetingRecipient> recipients(RsvpLinks links) {
        return invitationList.active().stream().map(i -> recipient(i, links)).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Invitation invitation(String invitationId) {
        return invitationList.get(invitationId);
    }

    /** The current (not withdrawn) invitation of a participant or network member, if it was invited. */
    public Optional<Invitation> invitationOfParticipant(String participantId) {
        return invitationList.ofParticipant(participantId);
    }

    /** Every invitation, withdrawn ones included, in the order they were made. */
    public List<Invitation> invitations() {
        return invitationList.all();
    }

    public List<Invitation> activeInvitations() {
        return invitationList.active();
    }

    /** The invitees who accepted and have a place, in the order they were invited. */
    public List<Invitation> placed() {
        return invitationList.placed();
    }

    /** Accepted invitees waiting for a place, first in line first. */
    public List<Invitation> waitingList() {
        return invitationList.waitingList();
    }

    /** Places still free, or null when the meeting has no limit. */
    public Integer placesLeft() {
        return invitationList.placesLeft(capacity);
    }

    /** The planned wall-clock start and end in their zone. */
    public MeetingTime time() {
        return new MeetingTime(LocalDateTime.parse(localStart), LocalDateTime.parse(localEnd), ZoneId.of(zone));
    }

    public String tenantId() {
        return tenantId;
    }

    public String cohortId() {
        return cohortId;
    }

    public MeetingType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Location location() {
        return location;
    }

    public Integer capacity() {
        return capacity;
    }

    public String uid() {
        return uid;
    }

    public int sequence() {
        return sequence;
    }

    public MeetingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant heldAt() {
        return heldAt;
    }

    /** A symposium's programme, in time order; empty for every other meeting. */
    public List<ProgrammeSession> programme() {
        return programme.sessions();
    }

    public InvitationScope invitationScope() {
        return invitationScope == null ? InvitationScope.COHORT : invitationScope;
    }

    /** Whether an organisation placed in the cohort later is invited to this meeting (while it is upcoming). */
    public boolean followsCohort() {
        return cohortId != null && invitationScope() == InvitationScope.COHORT;
    }

    public boolean locationToBeDecided() {
        return locationToBeDecided;
    }

    public Instant reminderSentAt() {
        return reminderSentAt;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }
}
