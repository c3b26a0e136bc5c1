package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.web.ProblemText;

/**
 * A coordinator plans a meeting: scheduled at once (the invitations go out), or only proposed ({@code propose: true},
 * a DRAFT that sends nothing until it is confirmed). Start and end are wall-clock times in Europe/Amsterdam, e.g.
 * {@code 2027-03-28T10:00}; an RFC 3339 time with {@code Z} or an offset is converted to the Amsterdam time of that
 * instant (platform {@code AmsterdamWallClock}).
 *
 * @param cohortId the cohort; empty only for a network activity
 * @param capacity the number of places, or null for no limit
 */
record ScheduleMeetingRequest(
        @Schema(description = "The cohort; required except for a NETWORK_ACTIVITY",
                example = "3f2b8c1e-7d4a-4e59-9a61-2c5d8e0f4b17") @Size(max = 100) String cohortId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "KNOWLEDGE_SESSION") MeetingType type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
                example = "Kennissessie: energie besparen in de bakkerij") String title,
        @Schema(maxLength = 10_000, example = "Bakkerij De Korenschoof laat zien hoe zij haar ovens slimmer "
                + "inplant.") String description,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "2027-03-11T15:00",
                description = "Amsterdam wall-clock time; an RFC 3339 time with Z or an offset is converted to "
                        + "the Amsterdam time of that instant") LocalDateTime start,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "2027-03-11T17:00",
                description = "After start; Amsterdam wall-clock time; an RFC 3339 time with Z or an offset is "
                        + "converted to the Amsterdam time of that instant") LocalDateTime end,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocationBody location,
        @Schema(description = "The number of places (at least 1); left out for no limit. Acceptances beyond it go "
                + "onto the waiting list", minimum = "1", example = "40") Integer capacity,
        @Valid InviteesBody invitees,
        @Schema(description = "true: only propose it (DRAFT, nothing is sent until it is confirmed)",
                defaultValue = "false") Boolean propose) {

    /**
     * Who is invited: organisations of the cohort (or network) by participant id, and guests by e-mail;
     * {@code inviteNetwork: true} adds every current member of the gemeente's network (as NETWORK_MEMBER, once, also
     * when it is listed in {@code networkMembers} as well). Without {@code participants} (or without {@code invitees}
     * at all) a cohort meeting invites every placed participant of the cohort, also those placed later. To invite
     * nobody, say so with {@code inviteNobody: true} and list no one; an invitation list that is empty otherwise is a
     * 400, because a forgotten list must not pass as a meeting without guests.
     */
    record InviteesBody(@Size(max = 1000) List<ParticipantInvitee> participants,
                        @Size(max = 1000) List<GuestInvitee> guests,
                        @Size(max = 1000) List<ParticipantInvitee> networkMembers, Boolean inviteNetwork,
                        Boolean inviteNobody) {

        private boolean listsAnyone() {
            return !(participants == null || participants.isEmpty()) || !(guests == null || guests.isEmpty())
                    || !(networkMembers == null || networkMembers.isEmpty()) || Boolean.TRUE.equals(inviteNetwork);
        }
    }

    record ParticipantInvitee(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The participant (or network "
                    + "member) id", example = "8d6e2f0a-51c3-4b7e-a2d9-6f1c0b3e9a45") String id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Bakkerij De Korenschoof") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "info@dekorenschoof.nl") String email,
            @Schema(allowableValues = {"nl", "en"}, defaultValue = "nl") String locale) {
    }

    record GuestInvitee(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Wethouder J. de Vries") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "j.devries@westerkwartier.nl")
            String email,
            @Schema(allowableValues = {"nl", "en"}, defaultValue = "nl") String locale) {
    }

    boolean invitesNetwork() {
        return invitees != null && Boolean.TRUE.equals(invitees.inviteNetwork());
    }

    boolean proposeOnly() {
        return Boolean.TRUE.equals(propose);
    }

    /**
     * Whom the meeting invites from its cohort: the whole cohort when no participants are listed (the default), nobody
     * when asked for explicitly, else the list.
     */
    InvitationScope scope() {
        if (invitees != null && Boolean.TRUE.equals(invitees.inviteNobody())) {
            return InvitationScope.NOBODY;
        }
        if (cohort() != null && (invitees == null || invitees.participants() == null)) {
            return InvitationScope.COHORT;
        }
        return InvitationScope.SELECTION;
    }

    String cohort() {
        return cohortId == null || cohortId.isBlank() ? null : cohortId.strip();
    }

    /** The plan and the invitees, or one 400 naming every wrong field; nothing has been stored when it throws. */
    Planned toPlanned() {
        Requests requests = new Requests();
        if (cohort() == null && type != MeetingType.NETWORK_ACTIVITY) {
            requests.problem("cohortId", "missing", "A meeting belongs to a cohort, except a network activity");
        }
        MeetingTime time = requests.attempt("", () -> Requests.time(start, end));
        Location where = location == null ? null : requests.attempt("location", location::toLocation);
        MeetingPlan plan = requests.attemptIgnoringKnownFields(
                () -> new MeetingPlan(type, title, description, time, where, capacity));
        List<Invitee> invited = new ArrayList<>();
        if (invitees != null) {
            addAll(requests, invited, "invitees.participants", invitees.participants(), InviteeKind.PARTICIPANT);
            addAll(requests, invited, "invitees.networkMembers", invitees.networkMembers(),
                    InviteeKind.NETWORK_MEMBER);
            List<GuestInvitee> guests = invitees.guests() == null ? List.of() : invitees.guests();
            for (int n = 0; n < guests.size(); n++) {
                GuestInvitee guest = guests.get(n);
                if (guest == null) {
                    requests.problem("invitees.guests[" + n + "]", "missing", "An empty entry in the list");
                    continue;
                }
                Invitee invitee = requests.attempt("invitees.guests[" + n + "]",
                        () -> Invitee.guest(guest.name(), guest.email(), guest.locale()));
                if (invitee != null) {
                    invited.add(invitee);
                }
            }
        }
        checkInviteeChoice(requests);
        requests.throwIfAny("The meeting is not valid");
        return new Planned(plan, invited);
    }

    private void checkInviteeChoice(Requests requests) {
        boolean listsAnyone = invitees != null && invitees.listsAnyone();
        switch (scope()) {
            case NOBODY -> {
                if (listsAnyone) {
                    requests.problem("invitees.inviteNobody", "conflicts-with-invitees", new ProblemText(
                            "meeting.invitees.nobody-and-listed", "inviteNobody means nobody is invited; leave out "
                            + "the participants, guests, network members and inviteNetwork, or drop inviteNobody"));
                }
            }
            case SELECTION -> {
                if (!listsAnyone) {
                    requests.problem("invitees", "no-invitees", cohort() == null
                            ? new ProblemText("meeting.invitees.none-listed.network", "Nobody is invited. List the "
                            + "network members or guests, set inviteNetwork: true, or set inviteNobody: true to plan "
                            + "the activity without inviting anyone")
                            : new ProblemText("meeting.invitees.none-listed", "Nobody is invited. Leave out "
                            + "invitees.participants to invite every participant of the cohort, list whom to invite, "
                            + "or set inviteNobody: true to plan the meeting without inviting anyone"));
                }
            }
            case COHORT -> {
                // The cohort's placed participants are added when the meeting is planned.
            }
        }
    }

    private static void addAll(Requests requests, List<Invitee> invited, String path,
                               List<ParticipantInvitee> entries, InviteeKind kind) {
        if (entries == null) {
            return;
        }
        for (int n = 0; n < entries.size(); n++) {
            ParticipantInvitee entry = entries.get(n);
            String at = path + "[" + n + "]";
            if (entry == null) {
                requests.problem(at, "missing", "An empty entry in the list");
                continue;
            }
            Invitee invitee = requests.attempt(at, () -> new Invitee(kind, entry.id(), entry.name(), entry.email(),
                    entry.locale()));
            if (invitee != null) {
                invited.add(invitee);
            }
        }
    }

    record Planned(MeetingPlan plan, List<Invitee> invitees) {
    }
}
