package nl.koploper.assessment.advisors;

import java.time.Instant;
import nl.koploper.platform.mail.EmailAddresses;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One advisor in the gemeente's register. The e-mail address is the one the advisor signs in with: a logged-in
 * advisor is matched to their cases by the token's {@code email} claim, so it is unique within the gemeente
 * (case-insensitive, the unique index on {@code emailKey} decides a race).
 */
@Document("advisors")
@CompoundIndex(name = "tenant_email", def = "{'tenantId': 1, 'emailKey': 1}", unique = true)
public class RegisteredAdvisor {

    @Id
    private String id;
    private String tenantId;
    private String name;
    private String email;
    /** The e-mail in lower case. */
    private String emailKey;
    private String organisation;
    private Instant registeredAt;
    @Version
    private Long version;

    @PersistenceCreator
    private RegisteredAdvisor() {
    }

    RegisteredAdvisor(String id, String gemeente, AdvisorDetails details, Instant registeredAt) {
        this.id = id;
        this.tenantId = gemeente;
        this.registeredAt = registeredAt;
        change(details);
    }

    void change(AdvisorDetails details) {
        this.name = details.name();
        this.email = details.email();
        this.emailKey = key(details.email());
        this.organisation = details.organisation();
    }

    boolean sameEmail(String other) {
        return emailKey.equals(key(other));
    }

    static String key(String email) {
        return EmailAddresses.normal(email);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisation() {
        return organisation;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Long version() {
        return version;
    }
}
