package nl.koploper.cohort.assignment;

import java.time.Instant;
import java.util.Optional;
import org.bson.types.Binary;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The bytes of attached assignment files, in the gemeente's own database (collection {@code assignment_files}), one
 * document per upload (they are at most the platform's request body limit, 1 MB, well under a document's 16 MB).
 * The bytes are written before the cohort names them, so a file the cohort refers to always exists; an upload the
 * cohort then refused leaves an unreferenced document, which nothing serves.
 */
@Component
class AssignmentFileStore {

    private final MongoTemplate mongo;

    AssignmentFileStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(String key, String gemeente, byte[] bytes, Instant now) {
        mongo.save(new StoredFile(key, gemeente, new Binary(bytes), now));
    }

    Optional<byte[]> load(String key, String gemeente) {
        Query query = Query.query(Criteria.where("_id").is(key).and("tenantId").is(gemeente));
        return Optional.ofNullable(mongo.findOne(query, StoredFile.class)).map(file -> file.bytes().getData());
    }

    @Document("assignment_files")
    record StoredFile(@Id String id, String tenantId, Binary bytes, Instant storedAt) {
    }
}
