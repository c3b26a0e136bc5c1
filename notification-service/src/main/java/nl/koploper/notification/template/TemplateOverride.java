package nl.koploper.notification.template;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A gemeente's own version of one message type's template in one language, in the gemeente's database. */
@Document(TemplateOverride.COLLECTION)
record TemplateOverride(@Id String id, MessageType type, Language language, String subject, String html, String text,
                        Instant updatedAt) {

    static final String COLLECTION = "template_overrides";

    static String idOf(MessageType type, Language language) {
        return type.name() + ":" + language.code();
    }

    TemplateContent content() {
        return new TemplateContent(subject, html, text);
    }
}
