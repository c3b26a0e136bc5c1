package nl.koploper.platform.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tenant-scoped document; the title is unique per gemeente to prove that indexes reach tenant databases. */
@Document("notes")
class Note {

    @Id
    String id;
    String tenantId;
    @Indexed(unique = true)
    String title;
    int priority;
    boolean archived;

    Note() {
    }

    Note(String tenantId, String title, int priority) {
        this.tenantId = tenantId;
        this.title = title;
        this.priority = priority;
    }
}
