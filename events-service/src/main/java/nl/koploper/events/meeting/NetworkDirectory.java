package nl.koploper.events.meeting;

import java.util.List;

/**
 * The current gemeente's Koplopernetwerk, as the network feature keeps it from cohort-service's events: who is
 * invited when a coordinator invites "the network" ({@code invitees.inviteNetwork}).
 */
public interface NetworkDirectory {

    /** Every current member as a NETWORK_MEMBER invitee (its contact person), in the order they joined. */
    List<Invitee> currentMembers();
}
