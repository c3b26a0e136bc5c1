package nl.koploper.footprint.consumption;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.footprint.organisations.OrganisationAccess;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads and writes consumption data of the current gemeente, and decides who may see it. Every query names the
 * gemeente twice: the template routes to the gemeente's database, and the filter requires the document's
 * {@code tenantId}, so a routing mistake finds nothing rather than another gemeente's data.
 */
@Component
public class ConsumptionStore {

    /**
     * What an organisation id may look like (they come from cohort-service): no ':' and no '/', so that ids and
     * event keys built from it ({@code <organisationId>:<year>:<version>}) stay unambiguous.
     */
    public static final String ORGANISATION_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final OrganisationAccess access;

    ConsumptionStore(MongoTemplate mongo, Clock clock, OrganisationAccess access) {
        this.mongo = mongo;
        this.clock = clock;
        this.access = access;
    }

    /**
     * The data the caller may read, or a 404: for data of another gemeente, data that does not exist, and a
     * participant's request for an organisation that is not its own alike (none of them learns it exists). Who may
     * read is {@link OrganisationAccess}'s decision, from the gemeente's known organisations.
     */
    public ConsumptionData readable(String organisationId, int year) {
        ConsumptionData data = find(organisationId, year).orElse(null);
        if (data == null || !access.mayRead(organisationId)) {
            throw new NotFoundException("Consumption data of organisation " + organisationId + " for",
                    String.valueOf(year));
        }
        return data;
    }

    /**
     * Data about the organisation as a whole (baseline year, factor overrides, comparisons) is readable by whoever
     * may read the organisation's consumption data; anyone else gets a 404, as for the data itself.
     */
    public void requireOrganisationReadable(String organisationId) {
        access.requireReadable(organisationId);
    }

    /**
     * Whether the caller may store (or calculate) the organisation's data, or a 404, decided before the body is read:
     * the organisation is a participant of one of the gemeente's cohorts, and the caller its coordinator, its advisor,
     * or the participant whose contact e-mail cohort-service holds ({@link OrganisationAccess#requireWritable}). Who
     * wrote the data first plays no part. Anything else is the 404 a read gets, and nothing is stored.
     */
    public void requireWritable(String organisationId) {
        access.requireWritable(organisationId);
    }

    /**
     * The contact e-mail a write stores: a coordinator or advisor stores the one sent; a participant its own, so that
     * it can neither hand its organisation's data to another login nor lose sight of it. None sent is its own.
     */
    static String contactToStore(CurrentUser user, String sent) {
        return sent == null && writesAsParticipant(user) ? user.email().orElse(null) : sent;
    }

    /** What is wrong with the contact e-mail a participant sent: another address than its own. */
    static List<FieldProblem> contactProblems(CurrentUser user, String sent) {
        if (!writesAsParticipant(user) || sent == null || user.email().map(sent::equalsIgnoreCase).orElse(false)) {
            return List.of();
        }
        return List.of(new FieldProblem("contactEmail", "not-own",
                "a participant stores its data under its own e-mail address, " + user.email().orElse("")));
    }

    private static boolean writesAsParticipant(CurrentUser user) {
        return !user.hasRole(Roles.COORDINATOR) && !user.hasRole(Roles.ADVISOR) && user.hasRole(Roles.PARTICIPANT);
    }

    /** Whether the gemeente has consumption data of the organisation for {@code year} (no access check). */
    public boolean exists(String organisationId, int year) {
        return find(organisationId, year).isPresent();
    }

    /**
     * Creates or replaces the data. {@code expectedVersion} is the {@code If-Match} version (null: none given);
     * naming a version that is not the current one, or any version of data that does not exist yet, is a 412.
     */
    Saved put(String organisationId, int year, OrganisationYear input, String contactEmail, Long expectedVersion) {
        ConsumptionData data = find(organisationId, year).orElse(null);
        boolean created = data == null;
        if (created) {
            if (expectedVersion != null) {
                throw new PreconditionFailedException("There is no data of organisation " + organisationId + " for "
                        + year + " yet, so If-Match cannot match; leave it out to create the data");
            }
            data = new ConsumptionData(TenantContext.require().value(), organisationId, year);
        } else if (expectedVersion != null && !expectedVersion.equals(data.version())) {
            throw stale(organisationId, year);
        }
        // Milliseconds, as the database keeps them, so the PUT's answer equals every later read.
        data.replace(input, contactEmail, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                CurrentUser.require().subject());
        try {
            return new Saved(created ? mongo.insert(data) : mongo.save(data), created);
        } catch (OptimisticLockingFailureException e) {
            if (expectedVersion != null) {
                throw stale(organisationId, year);
            }
            throw e;
        }
    }

    private Optional<ConsumptionData> find(String organisationId, int year) {
        Query query = Query.query(Criteria.where("_id").is(ConsumptionData.idOf(organisationId, year))
                .and("tenantId").is(TenantContext.require().value()));
        return Optional.ofNullable(mongo.findOne(query, ConsumptionData.class));
    }

    private static PreconditionFailedException stale(String organisationId, int year) {
        return new PreconditionFailedException("The data of organisation " + organisationId + " for " + year
                + " has changed since the version in If-Match; reload it and apply your change again");
    }

    record Saved(ConsumptionData data, boolean created) {
    }
}
