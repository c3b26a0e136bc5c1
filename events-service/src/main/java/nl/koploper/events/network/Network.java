package nl.koploper.events.network;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.cohort.ContactDetails;
import nl.koploper.contracts.cohort.NetworkMemberJoined;
import nl.koploper.contracts.cohort.NetworkMemberLeft;
import nl.koploper.events.meeting.Invitee;
import nl.koploper.events.meeting.Meeting;
import nl.koploper.events.meeting.MeetingStore;
import nl.koploper.events.meeting.NetworkDirectory;
import nl.koploper.events.meeting.RsvpLinks;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.events.RejectedEventException;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The current gemeente's network members, kept from cohort-service's events. */
@Component
class Network implements NetworkDirectory {

    private final MongoTemplate mongo;
    private final MeetingStore meetings;
    private final RsvpLinks links;
    private final Clock clock;

    Network(MongoTemplate mongo, MeetingStore meetings, RsvpLinks links, Clock clock) {
        this.mongo = mongo;
        this.meetings = meetings;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Keeps the member (again). Idempotent by nature: the document is the member's, written with the event's values;
     * a join no later than a leaving already kept is a redelivery and changes nothing.
     *
     * @throws RejectedEventException when the contact cannot be invited (no name, no e-mail address, another
     *                                locale): nothing is stored
     */
    void join(ReceivedEvent<NetworkMemberJoined> event) {
        NetworkMemberJoined joined = event.payload();
        if (joined.memberId() == null || joined.memberId().isBlank() || joined.joinedAt() == null) {
            throw new RejectedEventException("NetworkMemberJoined " + event.id() + " lacks its member or time");
        }
        Invitee invitee = inviteeOrReject(event.id(), joined.memberId(), joined.contact());
        NetworkMember earlier = mongo.findById(joined.memberId(), NetworkMember.class);
        if (earlier != null && earlier.leftAt() != null && !joined.joinedAt().isAfter(earlier.leftAt())) {
            return;
        }
        mongo.save(new NetworkMember(invitee.participantId(), joined.organisationName(), invitee.name(),
                invitee.email(), invitee.locale(), joined.joinedAt(), null));
    }

    /**
     * Marks the member as gone, then withdraws its NETWORK_MEMBER invitations to upcoming meetings (it alone gets a
     * cancellation), each meeting once per event: the event id is saved with the meeting's change.
     */
    void leave(ReceivedEvent<NetworkMemberLeft> event) {
        NetworkMemberLeft left = event.payload();
        if (left.memberId() == null || left.memberId().isBlank() || left.leftAt() == null) {
            throw new RejectedEventException("NetworkMemberLeft " + event.id() + " lacks its member or time");
        }
        NetworkMember earlier = mongo.findById(left.memberId(), NetworkMember.class);
        if (earlier == null) {
            // Not known here (its join was refused or is still to come): remembered as gone, so an older join is not.
            mongo.save(new NetworkMember(left.memberId(), left.organisationName(), null, null, null, null,
                    left.leftAt()));
        } else if (earlier.current() && !earlier.joinedAt().isAfter(left.leftAt())) {
            mongo.save(new NetworkMember(earlier.memberId(), earlier.organisationName(), earlier.contactName(),
                    earlier.email(), earlier.locale(), earlier.joinedAt(), left.leftAt()));
        }
        Instant now = clock.instant();
        for (Meeting upcoming : meetings.upcomingWithNetworkMember(left.memberId(), now)) {
            meetings.change(upcoming.id(), null, meeting -> {
                if (meeting.firstDeliveryOf(event)) {
                    meeting.withdrawNetworkMember(left.memberId(), left.reason(), links, now);
                }
                return meeting;
            });
        }
    }

    @Override
    public List<Invitee> currentMembers() {
        return mongo.find(Query.query(Criteria.where("leftAt").is(null))
                        .with(Sort.by(Sort.Order.asc("joinedAt"), Sort.Order.asc("_id"))), NetworkMember.class)
                .stream()
                .map(m -> Invitee.networkMember(m.memberId(), m.contactName(), m.email(), m.locale()))
                .toList();
    }

    private static Invitee inviteeOrReject(String eventId, String memberId, ContactDetails contact) {
        try {
            return contact == null
                    ? Invitee.networkMember(memberId, null, null, null)
                    : Invitee.networkMember(memberId, contact.name(), contact.email(), contact.locale());
        } catch (InvalidInputException e) {
            throw new RejectedEventException("NetworkMemberJoined " + eventId + ": the member's contact cannot be "
                    + "invited (" + e.getMessage() + ")", e);
        }
    }
}
