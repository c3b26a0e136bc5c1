package nl.koploper.events.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.ProblemText;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A meeting's invitation list and the waiting list for its places: who is invited, who holds a place and who is in
 * line for one. It keeps the two lists consistent with each other; the {@link Meeting} decides when they change and
 * records what the invitees hear. Stored inside the meeting document as its top-level {@code invitations} and
 * {@code waitingList}, the names meeting documents have always had.
 */
final class InvitationList {

    /** Every invitation, active or withdrawn, in the order it was made. */
    @Field("invitations")
    private List<Invitation> all = new ArrayList<>();
    /** Ids of accepted invitations waiting for a place, first in line first. */
    @Field("waitingList")
    private List<String> waiting = new ArrayList<>();

    InvitationList() {
    }

    Invitation add(Invitee invitee, Instant now) {
        Invitation invitation = new Invitation(UUID.randomUUID().toString(), invitee, now);
        all.add(invitation);
        return invitation;
    }

    /** The active invitation of someone already invited, which a second invitation must not duplicate. */
    Optional<Invitation> of(Invitee invitee) {
        return active().stream().filter(invitee::sameAs).findFirst();
    }

    /** The active invitation of a participant, network member or advisor, if it is invited. */
    Optional<Invitation> ofParticipant(String participantId) {
        return ofParticipant(participantId, null);
    }

    /** The active invitation of {@code participantId} as {@code kind} (as any kind when null). */
    Optional<Invitation> ofParticipant(String participantId, InviteeKind kind) {
        return active().stream()
                .filter(i -> (kind == null || i.kind() == kind) && participantId.equals(i.participantId()))
                .findFirst();
    }

    Optional<Invitation> find(String invitationId) {
        return all.stream().filter(i -> i.id().equals(invitationId)).findFirst();
    }

    Invitation get(String invitationId) {
        return find(invitationId).orElseThrow(() -> new NotFoundException("Invitation", invitationId));
    }

    /** The invitation, which must not have been withdrawn: a withdrawn one can no longer be answered or changed. */
    Invitation getActive(String invitationId) {
        Invitation invitation = get(invitationId);
        if (!invitation.active()) {
            throw new RuleViolationException(Meeting.RULE_INVITATION_WITHDRAWN, new ProblemText("invitation.withdrawn",
                    "This invitation was withdrawn; it can no longer be answered or changed"));
        }
        return invitation;
    }

    List<Invitation> all() {
        return Collections.unmodifiableList(all);
    }

    List<Invitation> active() {
        return all.stream().filter(Invitation::active).toList();
    }

    boolean holdsPlace(Invitation invitation) {
        return invitation.active() && invitation.response() == RsvpResponse.ACCEPTED
                && !waiting.contains(invitation.id());
    }

    /** The active invitees who did not decline and are not waiting for a place: who may still come. */
    List<Invitation> mayStillCome() {
        return active().stream()
                .filter(i -> i.response() != RsvpResponse.DECLINED && !waiting.contains(i.id()))
                .toList();
    }

    /** The invitees who accepted and have a place, in the order they were invited. */
    List<Invitation> placed() {
        return all.stream().filter(this::holdsPlace).toList();
    }

    /** Whether every place is taken; never for a meeting without a limit ({@code capacity} null). */
    boolean full(Integer capacity) {
        return capacity != null && placed().size() >= capacity;
    }

    Integer placesLeft(Integer capacity) {
        return capacity == null ? null : Math.max(0, capacity - placed().size());
    }

    /** Accepted invitees waiting for a place, first in line first. */
    List<Invitation> waitingList() {
        return waiting.stream().map(this::get).toList();
    }

    /**
     * Applies an invitee's answer: an acceptance takes a place while one is free and otherwise goes to the back of the
     * waiting list; any other answer leaves the line.
     *
     * @return the position on the waiting list (counted from 1) when the acceptance waits for a place, else null
     */
    Integer answer(Invitation invitation, RsvpResponse response, Integer capacity, Instant now) {
        waiting.remove(invitation.id());
        // Judged before the answer is applied: once it reads ACCEPTED, the invitee would count as taking a place.
        boolean placeFree = !full(capacity);
        invitation.respond(response, now);
        if (response == RsvpResponse.ACCEPTED && !placeFree) {
            waiting.add(invitation.id());
            return waiting.size();
        }
        return null;
    }

    void withdraw(Invitation invitation, Instant now) {
        waiting.remove(invitation.id());
        invitation.withdraw(now);
    }

    /** Takes the first in line off the waiting list when a place is free for them. */
    Optional<Invitation> nextForFreePlace(Integer capacity) {
        if (waiting.isEmpty() || full(capacity)) {
            return Optional.empty();
        }
        return Optional.of(get(waiting.remove(0)));
    }

    void clearWaitingList() {
        waiting.clear();
    }
}
