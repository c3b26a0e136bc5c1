package nl.koploper.cohort.network;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.Participant;
import nl.koploper.cohort.organisation.ContactPerson;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.NetworkMemberJoined;
import nl.koploper.contracts.cohort.NetworkMemberLeft;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's membership of its gemeente's network, from the cohort it finished. Its id is derived from the
 * cohort and the participant, so admitting the same finished participant twice finds the existing membership.
 */
@Document("network_members")
public class NetworkMember extends AggregateRoot {

    static final String RULE_NOT_ACTIVE = "network-member-not-active";

    private String tenantId;
    private String organisationName;
    @Indexed
    private String kvkNumber;
    private ContactPerson contact;
    private String cohortId;
    private String cohortName;
    private int cohortYear;
    private String participantId;
    private NetworkMemberStatus status;
    private Instant joinedAt;
    private Instant leftAt;
    private String leaveReason;

    @PersistenceCreator
    private NetworkMember() {
    }

    private NetworkMember(String id) {
        super(id);
    }

    /** The membership id of a cohort's participant: the same every time it is asked for. */
    static String idOf(String cohortId, String participantId) {
        return UUID.nameUUIDFromBytes(("network-member:" + cohortId + "/" + participantId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A participant that finished {@code cohort} joins the network. */
    static NetworkMember join(Cohort cohort, Participant finished, Instant now) {
        NetworkMember member = new NetworkMember(idOf(cohort.id(), finished.id()));
        member.tenantId = cohort.tenantId();
        member.organisationName = finished.organisation().name();
        member.kvkNumber = finished.organisation().kvkNumber().value();
        member.contact = finished.contact();
        member.cohortId = cohort.id();
        member.cohortName = cohort.name();
        member.cohortYear = cohort.year();
        member.participantId = finished.id();
        member.status = NetworkMemberStatus.ACTIVE;
        member.joinedAt = now;
        member.record(new NetworkMemberJoined(member.tenantId, member.id(), member.organisationName, member.kvkNumber,
                member.contactDetails(), member.cohortId, member.cohortName, member.cohortYear, now), now);
        return member;
    }

    /** The member leaves on its own; the reason is optional. */
    void leave(String reason, Instant now) {
        end(NetworkMemberStatus.LEFT, reason, now);
    }

    /** The coordinator removes the member, saying why. */
    void remove(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Removing a network member needs a reason");
        }
        end(NetworkMemberStatus.REMOVED, reason, now);
    }

    private void end(NetworkMemberStatus how, String reason, Instant now) {
        if (status != NetworkMemberStatus.ACTIVE) {
            throw new RuleViolationException(RULE_NOT_ACTIVE, organisationName + " is no longer a member of the "
                    + "network (" + status + ")");
        }
        status = how;
        leftAt = now;
        leaveReason = reason == null || reason.isBlank() ? null : reason.strip();
        record(new NetworkMemberLeft(tenantId, id(), organisationName, contactDetails(),
                how == NetworkMemberStatus.REMOVED, leaveReason, now), now);
    }

    ContactDetails contactDetails() {
        return new ContactDetails(contact.name(), contact.email(), contact.phone(), contact.locale());
    }

    String tenantId() {
        return tenantId;
    }

    String organisationName() {
        return organisationName;
    }

    String kvkNumber() {
        return kvkNumber;
    }

    ContactPerson contact() {
        return contact;
    }

    String cohortId() {
        return cohortId;
    }

    String cohortName() {
        return cohortName;
    }

    int cohortYear() {
        return cohortYear;
    }

    String participantId() {
        return participantId;
    }

    NetworkMemberStatus status() {
        return status;
    }

    Instant joinedAt() {
        return joinedAt;
    }

    Instant leftAt() {
        return leftAt;
    }

    String leaveReason() {
        return leaveReason;
    }
}
