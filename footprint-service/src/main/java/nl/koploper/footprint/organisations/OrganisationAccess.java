package nl.koploper.footprint.organisations;

import java.util.Optional;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write an organisation's footprint data, decided by the gemeente's {@link KnownOrganisation}s
 * (cohort-service's participants): a coordinator (and the Koploper team, for reads) any organisation of the gemeente;
 * an advisor only the organisations assigned to them (by their token's {@code email} claim, the address
 * assessment-service's advisor register holds; an assignment from before the register by the token's subject); a participant only the organisation whose contact e-mail is its token's {@code email}
 * (case-insensitive), as cohort-service and assessment-service recognise it. Data is entered only for an organisation that takes part
 * (placed or waiting, not withdrawn or removed). Anything else is a 404, the same answer as for an id that does not
 * exist, so that nothing is learnt about other organisations.
 */
@Component
public class OrganisationAccess {

    private final KnownOrganisations organisations;

    OrganisationAccess(KnownOrganisations organisations) {
        this.organisations = organisations;
    }

    /** Whether the caller may read the organisation's data (the data itself may still not exist). */
    public boolean mayRead(String organisationId) {
        CurrentUser user = CurrentUser.require();
        if (seesAll(user)) {
            return true;
        }
        return known(organisationId).map(organisation -> isOwn(organisation, user)).orElse(false);
    }

    /** The 404 of {@link #mayRead} for reads about the organisation as a whole (baseline, overrides, comparisons). */
    public void requireReadable(String organisationId) {
        if (!mayRead(organisationId)) {
            throw notFound(organisationId);
        }
    }

    /**
     * Whether the caller may enter or calculate the organisation's data, or a 404: the organisation takes part in
     * one of the gemeente's cohorts, and the caller may read it. Decided before a body is read, so another
     * organisation's id gets the 404 whatever is sent.
     */
    public void requireWritable(String organisationId) {
        CurrentUser user = CurrentUser.require();
        KnownOrganisation organisation = known(organisationId).filter(KnownOrganisation::takesPart)
                .orElseThrow(() -> notFound(organisationId));
        if (!seesAll(user) && !isOwn(organisation, user)) {
            throw notFound(organisationId);
        }
    }

    private Optional<KnownOrganisation> known(String organisationId) {
        return organisations.find(organisationId);
    }

    private static boolean seesAll(CurrentUser user) {
        return user.hasRole(Roles.COORDINATOR) || user.isPlatformAdmin();
    }

    /** The organisation's assigned advisor, or the participant it is the contact of. */
    private static boolean isOwn(KnownOrganisation organisation, CurrentUser user) {
        return user.hasRole(Roles.ADVISOR) && organisation.isAssignedTo(user.subject(), user.email().orElse(null))
                || user.hasRole(Roles.PARTICIPANT) && user.email().map(organisation::hasContact).orElse(false);
    }

    private static NotFoundException notFound(String organisationId) {
        return new NotFoundException("Organisation", organisationId);
    }
}
