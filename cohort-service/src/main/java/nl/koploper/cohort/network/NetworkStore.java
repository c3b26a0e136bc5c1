package nl.koploper.cohort.network;

import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.platform.events.AggregateStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The current gemeente's network memberships. */
@Component
class NetworkStore extends AggregateStore<NetworkMember> {

    NetworkStore(MongoTemplate mongo) {
        super(mongo, NetworkMember.class, "Network member");
    }

    /** Inserts the membership unless one with its id exists already; true when it was inserted. */
    boolean insertIfAbsent(NetworkMember member) {
        try {
            mongo.insert(member);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    boolean exists(String id) {
        return mongo.exists(ofThisGemeente(Criteria.where("_id").is(id)), NetworkMember.class);
    }

    boolean isActiveMember(String kvkNumber) {
        return mongo.exists(ofThisGemeente(Criteria.where("kvkNumber").is(kvkNumber)
                .and("status").is(NetworkMemberStatus.ACTIVE)), NetworkMember.class);
    }

    /** A page of memberships (only active ones unless {@code includeFormer}), by organisation name. */
    List<NetworkMember> page(boolean includeFormer, String contactEmail, int page, int size) {
        Query query = ofThisGemeente(filter(includeFormer, contactEmail))
                .with(Sort.by("organisationName", "_id"))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, NetworkMember.class);
    }

    long count(boolean includeFormer, String contactEmail) {
        return mongo.count(ofThisGemeente(filter(includeFormer, contactEmail)), NetworkMember.class);
    }

    private static Criteria filter(boolean includeFormer, String contactEmail) {
        Criteria criteria = includeFormer ? new Criteria() : Criteria.where("status").is(NetworkMemberStatus.ACTIVE);
        if (contactEmail != null) {
            criteria = criteria.and("contact.email")
                    .regex("^" + Pattern.quote(contactEmail.strip()) + "$", "i");
        }
        return criteria;
    }
}
