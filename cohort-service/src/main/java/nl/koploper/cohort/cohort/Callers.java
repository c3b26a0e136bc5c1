package nl.koploper.cohort.cohort;

import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.web.NotFoundException;

/**
 * The object-level checks of a cohort's features, in one place: who may see which participant, and which jury token
 * belongs to a cohort's jury. A refusal is a 404, the same answer as for an id that does not exist, so that ids of
 * other organisations (or cohorts one is no juror of) cannot be probed.
 */
public final class Callers {

    private Callers() {
    }

    /**
     * The participant, when the caller may act for it: a coordinator (or the Koploper team) for any of its gemeente,
     * a participant user for the organisation whose contact e-mail its token carries (case-insensitive).
     */
    public static Participant participantVisibleToCaller(Cohort cohort, String participantId) {
        Participant participant = cohort.participant(participantId);
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.COORDINATOR) || user.isPlatformAdmin()) {
            return participant;
        }
        if (!isItself(user, participant.contact().email())) {
            throw new NotFoundException("Participant", participantId);
        }
        return participant;
    }

    /** True when {@code user} is a participant user whose token's e-mail is {@code contactEmail}. */
    public static boolean isItself(CurrentUser user, String contactEmail) {
        return user.hasRole(Roles.PARTICIPANT) && contactEmail != null && user.email()
                .map(email -> email.strip().equalsIgnoreCase(contactEmail))
                .orElse(false);
    }

    /** True when the caller is the participant user of one of the cohort's placed organisations. */
    public static boolean isPlacedParticipantOf(Cohort cohort) {
        CurrentUser user = CurrentUser.require();
        return user.hasRole(Roles.PARTICIPANT)
                && cohort.placed().stream().anyMatch(placed -> isItself(user, placed.contact().email()));
    }

    /** True when the caller has the coordinator role (or is the Koploper team). */
    public static boolean isCoordinator() {
        CurrentUser user = CurrentUser.require();
        return user.hasRole(Roles.COORDINATOR) || user.isPlatformAdmin();
    }

    /** True when the caller is a juror on this cohort's jury. */
    public static boolean isJurorOf(Cohort cohort) {
        CurrentUser user = CurrentUser.require();
        return user.hasRole(Roles.JURY) && cohort.isJuror(user.email().orElse(null));
    }

    /**
     * The e-mail of the calling juror, when it is on this cohort's jury; otherwise the cohort is a 404 to it (a juror
     * of another cohort of the gemeente has no business there).
     */
    public static String jurorOf(Cohort cohort) {
        CurrentUser user = CurrentUser.require();
        if (!isJurorOf(cohort)) {
            throw new NotFoundException("Cohort", cohort.id());
        }
        return user.email().orElseThrow();
    }
}
