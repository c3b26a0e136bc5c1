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

    /** Creates the (empty) plan on its first change; a racing creation is simply the same empty plan. */
    void insertIfAbsent(ActionPlan plan) {
        try {
            mongo.insert(plan);
        } catch (DuplicateKeyException exists) {
            // the other request created it: both continue with the stored one
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
