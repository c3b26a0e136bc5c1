package nl.koploper.footprint.consumption;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.koploper.footprint.calculation.OrganisationYear;
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

    /**
     * Whether the caller may store the organisation's data of {@code year}, or a 404, decided before the body is
     * read. Coordinators and advisors write every organisation of the gemeente (the endpoints let no one else but a
     * participant in). A participant writes by the reads' own check: data of that year whose contact is its
     * {@code email} ({@link #readable}); a year not entered yet of an organisation whose data it reads
     * ({@link #requireOrganisationReadable}); or the first data of an organisation that has none yet, when it is not
     * already the contact of another organisation in the gemeente: it becomes the contact (see
     * {@link #contactToStore}). Anything else is the 404 a read gets, and nothing is stored.
     */
    public void requireWritable(String organisationId, int year) {
        CurrentUser user = CurrentUser.require();
        if (user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.ADVISOR)) {
            return;
        }
        if (find(organisationId, year).isPresent()) {
            readable(organisationId, year);
        } else if (organisationHasData(organisationId)) {
            requireOrganisationReadable(organisationId);
        } else if (!user.hasRole(Roles.PARTICIPANT) || user.email().isEmpty()
                || isContactOfAnotherOrganisation(user.email().get(), organisationId)) {
            // Footprint-service keeps no list of the gemeente's participants, so an organisation without data is
            // anyone's to claim; one login claiming a second organisation is what it can refuse.
            throw new NotFoundException("Organisation", organisationId);
        }
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

    private boolean organisationHasData(String organisationId) {
        return mongo.exists(Query.query(Criteria.where("organisationId").is(organisationId)
                .and("tenantId").is(TenantContext.require().value())), ConsumptionData.class);
    }

    private boolean isContactOfAnotherOrganisation(String email, String organisationId) {
        return mongo.exists(Query.query(Criteria.where("organisationId").ne(organisationId)
                .and("tenantId").is(TenantContext.require().value())
                .and("contactEmail").regex("^" + java.util.regex.Pattern.quote(email) + "$", "i")),
                ConsumptionData.class);
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
