package nl.koploper.footprint.organisations;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.koploper.platform.mail.EmailAddresses;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation that takes part in one of the gemeente's cohorts, as cohort-service's events describe it: the
 * copy footprint-service decides access by. The id is cohort-service's participant id, which is the organisation id
 * of the footprint API (and assessment-service's case id). Only what access needs is kept: the standing in the
 * cohort, the contact's e-mail (a participant's login) and, from assessment-service's {@code AdvisorAssigned}, the
 * assigned advisor.
 *
 * <p>Events of other topics can arrive before the registration (an advisor assignment), and a departure can be the
 * first event seen; each change therefore fills in only what it knows, and the ids of the events applied are kept in
 * the same document write as their effect, so a redelivery changes nothing.
 */
@Document("known_organisations")
public class KnownOrganisation {

    /** Where the organisation stands in its cohort; null while only another service's event has been seen. */
    enum Standing { PLACED, WAITLISTED, LEFT }

    @Id
    private String id;
    private String tenantId;
    private String cohortId;
    private String name;
    /** The contact's e-mail in lower case: the participant login that may read and write the organisation's data. */
    private String contactEmailKey;
    private Standing standing;
    /**
     * The assigned advisor (assessment-service's assignment): their entry in the advisor register, or for an
     * assignment from before the register the subject of their login; null while none is.
     */
    private String advisorId;
    /** The assigned advisor's e-mail in lower case: how their login is recognised; null for older assignments. */
    private String advisorEmailKey;
    private Set<String> appliedEventIds = new LinkedHashSet<>();
    @Version
    private Long version;

    @PersistenceCreator
    private KnownOrganisation() {
    }

    KnownOrganisation(String gemeente, String id) {
        this.tenantId = gemeente;
        this.id = id;
    }

    /**
     * Registered, placed or on the waiting list. A promotion or departure seen before (a late redelivery of the
     * registration) keeps its standing: the registration only fills in what is still unknown.
     */
    void registered(String cohortId, String name, String contactEmail, boolean waitlisted) {
        if (standing == null) {
            standing = waitlisted ? Standing.WAITLISTED : Standing.PLACED;
        }
        fillIn(cohortId, name);
        if (contactEmailKey == null) {
            contactEmailKey = key(contactEmail);
        }
    }

    /** A place from the waiting list; the contact cohort-service sends now replaces the one it had. */
    void promoted(String cohortId, String name, String contactEmail) {
        if (standing != Standing.LEFT) {
            standing = Standing.PLACED;
        }
        fillIn(cohortId, name);
        if (contactEmail != null) {
            contactEmailKey = key(contactEmail);
        }
    }

    /** Withdrew or was removed: its data stays readable, but nothing more is entered for it. */
    void left(String cohortId, String name) {
        standing = Standing.LEFT;
        fillIn(cohortId, name);
    }

    /** The coordinator assigned this advisor (or replaced the one before): only they work on the organisation. */
    void advisorAssigned(String advisorId, String advisorEmail) {
        this.advisorId = advisorId;
        this.advisorEmailKey = advisorEmail == null ? null : key(advisorEmail);
    }

    /** @return false when this event was applied before (then nothing changes) */
    boolean firstDelivery(String eventId) {
        return appliedEventIds.add(eventId);
    }

    boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** Registered (placed or waiting) and not gone: data may be entered for it. */
    boolean takesPart() {
        return standing == Standing.PLACED || standing == Standing.WAITLISTED;
    }

    /** By the login's e-mail address (case-insensitive); an assignment from before the register by its subject. */
    boolean isAssignedTo(String advisorSubject, String advisorEmail) {
        if (advisorEmailKey != null) {
            return advisorEmail != null && advisorEmailKey.equals(key(advisorEmail));
        }
        return advisorId != null && advisorId.equals(advisorSubject);
    }

    boolean hasContact(String email) {
        return contactEmailKey != null && email != null && contactEmailKey.equals(key(email));
    }

    public String id() {
        return id;
    }

    Standing standing() {
        return standing;
    }

    Long version() {
        return version;
    }

    private void fillIn(String cohortId, String name) {
        if (this.cohortId == null) {
            this.cohortId = cohortId;
        }
        if (name != null) {
            this.name = name;
        }
    }

    private static String key(String email) {
        return email == null || email.isBlank() ? null : EmailAddresses.normal(email);
    }
}
