package nl.koploper.assessment.actionplan;

import java.util.List;
import java.util.Optional;
import nl.koploper.platform.events.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** The action plans of the current gemeente. */
@Component
public class ActionPlanStore extends AggregateStore<ActionPlan> {

    ActionPlanStore(MongoTemplate mongo) {
        super(mongo, ActionPlan.class, "Action plan");
    }

    /**
     * Creates the plan with its first action in one insert (so a refused first write stores nothing).
     *
     * @return false when a racing request created the plan first (then nothing of this one is stored)
     */
    boolean insertIfAbsent(ActionPlan plan) {
        try {
            mongo.insert(plan);
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    public Optional<ActionPlan> find(String caseId) {
        return Optional.ofNullable(mongo.findOne(ofThisGemeente(Criteria.where("_id").is(caseId)), ActionPlan.class));
    }

    /** The plans of these cases, for the impact report. */
    public List<ActionPlan> ofCases(List<String> caseIds) {
        return mongo.find(ofThisGemeente(Criteria.where("_id").in(caseIds)), ActionPlan.class);
    }
}
