package nl.koploper.events.network;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member of the gemeente's network (collection {@code network_members} of the gemeente's database), addressed
 * through its contact person. A member that left keeps its document with {@code leftAt}, so that a join older than
 * the leaving (a redelivery) cannot bring it back.
 *
 * @param leftAt null while it is a member
 */
@Document("network_members")
record NetworkMember(@Id String memberId, String organisationName, String contactName, String email, String locale,
                     Instant joinedAt, Instant leftAt) {

    boolean current() {
        return leftAt == null;
    }
}
