package nl.koploper.footprint.consumption;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import nl.koploper.footprint.calculation.OrganisationYear;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.security.Roles;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads and writes consumption data of the current gemeente, and decides who may see it. Every query names the
 * tenant twice: the template routes to the gemeente's database, and the filter requires the document's
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

    ConsumptionStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The data the caller may read, or a 404: for data of another gemeente, data that does not exist, and a
     * participant's request for an organisation that is not its own alike (none of them learns it exists).
     */
    public ConsumptionData readable(String organisationId, int year) {
        ConsumptionData data = find(organisationId, year).orElse(null);
        if (data == null || !mayRead(CurrentUser.require(), data)) {
            throw new NotFoundException("Consumption data of organisation " + organisationId + " for",
                    String.valueOf(year));
        }
        return data;
    }

    /**
     * Data about the organisation as a whole (baseline year, factor overrides, comparisons) is readable by whoever
     * may read some year of its consumption data; anyone else gets a 404, as for the data itself.
     */
    public void requireOrganisationReadable(String organisationId) {
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.ADVISOR) || user.isPlatformAdmin()) {
            return;
        }
        boolean own = user.hasRole(Roles.PARTICIPANT) && user.email().map(email -> mongo.exists(Query.query(
                Criteria.where("organisationId").is(organisationId)
                        .and("tenantId").is(TenantContext.require().value())
                        .and("contactEmail").regex("^" + java.util.regex.Pattern.quote(email) + "$", "i")),
                ConsumptionData.class)).orElse(false);
        if (!own) {
            throw new NotFoundException("Organisation", organisationId);
        }
    }

    /** Whether the gemeente has consumption data of the organisation for {@code year} (no access check). */
    public boolean exists(String organisationId, int year) {
        return find(organisationId, year).isPresent();
    }

    /**
     * Coordinators, advisors and the platform team read every organisation of the gemeente; a participant only the
     * organisation whose stored contact e-mail is its token's {@code email}. Advisors are not yet limited to their
     * assigned participants: the assignments live in cohort-service and are not consumed here yet.
     */
    static boolean mayRead(CurrentUser user, ConsumptionData data) {
        if (user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.ADVISOR) || user.isPlatformAdmin()) {
            return true;
        }
        return user.hasRole(Roles.PARTICIPANT) && data.contactEmail() != null && user.email()
                .map(email -> email.toLowerCase(Locale.ROOT).equals(data.contactEmail().toLowerCase(Locale.ROOT)))
                .orElse(false);
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
