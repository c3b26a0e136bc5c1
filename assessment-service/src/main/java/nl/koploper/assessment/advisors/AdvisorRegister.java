package nl.koploper.assessment.advisors;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.koploper.assessment.cases.CaseStore;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.PreconditionFailedException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The current gemeente's advisor register. An advisor assigned to a case that is not closed keeps their e-mail
 * address and stays in the register: the address is how their login finds the case (here and in footprint-service,
 * which learnt it from the assignment), so changing or removing it would lock them out of their work.
 */
@Service
public class AdvisorRegister {

    static final String RULE_EMAIL_TAKEN = "advisor-email-taken";
    static final String RULE_ASSIGNED = "advisor-assigned";
    static final int MAX_ADVISORS = 500;

    private final MongoTemplate mongo;
    private final CaseStore cases;
    private final Clock clock;

    AdvisorRegister(MongoTemplate mongo, CaseStore cases, Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.clock = clock;
    }

    /** The gemeente's advisors by name. */
    public List<RegisteredAdvisor> list() {
        return mongo.find(ofThisGemeente(new Criteria()).with(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("_id")))
                .limit(MAX_ADVISORS), RegisteredAdvisor.class);
    }

    /** The advisor of this gemeente with this id, if there is one. */
    public Optional<RegisteredAdvisor> find(String id) {
        return Optional.ofNullable(mongo.findOne(ofThisGemeente(Criteria.where("_id").is(id)),
                RegisteredAdvisor.class));
    }

    RegisteredAdvisor get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Advisor", id));
    }

    RegisteredAdvisor add(AdvisorDetails details) {
        if (mongo.count(ofThisGemeente(new Criteria()), RegisteredAdvisor.class) >= MAX_ADVISORS) {
            throw new RuleViolationException("advisor-limit", "The register holds at most " + MAX_ADVISORS
                    + " advisors; remove one who no longer works for the gemeente first");
        }
        RegisteredAdvisor advisor = new RegisteredAdvisor(UUID.randomUUID().toString(),
                TenantContext.require().value(), details, clock.instant());
        try {
            return mongo.insert(advisor);
        } catch (DuplicateKeyException taken) {
            throw emailTaken(details.email());
        }
    }

    RegisteredAdvisor change(String id, Long expectedVersion, AdvisorDetails details) {
        RegisteredAdvisor advisor = get(id);
        if (expectedVersion != null && !expectedVersion.equals(advisor.version())) {
            throw stale(id);
        }
        if (!advisor.sameEmail(details.email()) && assignedToOpenCases(id)) {
            throw new RuleViolationException(RULE_ASSIGNED, "The advisor is assigned to organisations and signs in "
                    + "with this address: assign those organisations another advisor before changing it");
        }
        advisor.change(details);
        try {
            return mongo.save(advisor);
        } catch (DuplicateKeyException taken) {
            throw emailTaken(details.email());
        } catch (OptimisticLockingFailureException concurrent) {
            throw stale(id);
        }
    }

    void remove(String id, Long expectedVersion) {
        RegisteredAdvisor advisor = get(id);
        if (expectedVersion != null && !expectedVersion.equals(advisor.version())) {
            throw stale(id);
        }
        if (assignedToOpenCases(id)) {
            throw new RuleViolationException(RULE_ASSIGNED, "The advisor is assigned to organisations: assign them "
                    + "another advisor before removing this one");
        }
        Query exactly = ofThisGemeente(Criteria.where("_id").is(id).and("version").is(advisor.version()));
        if (mongo.remove(exactly, RegisteredAdvisor.class).getDeletedCount() == 0) {
            throw stale(id);
        }
    }

    private boolean assignedToOpenCases(String advisorId) {
        return cases.countOpenAssignedTo(advisorId) > 0;
    }

    private static Query ofThisGemeente(Criteria criteria) {
        return Query.query(criteria.and("tenantId").is(TenantContext.require().value()));
    }

    private static RuleViolationException emailTaken(String email) {
        return new RuleViolationException(RULE_EMAIL_TAKEN,
                "The register already holds an advisor with the e-mail address " + email);
    }

    private static PreconditionFailedException stale(String id) {
        return new PreconditionFailedException("Advisor '" + id
                + "' has changed since the version in If-Match; reload it and decide again");
    }
}
