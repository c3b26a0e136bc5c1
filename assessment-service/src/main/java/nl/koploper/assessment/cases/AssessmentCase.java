package nl.koploper.assessment.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.koploper.assessment.catalogue.IssueCatalogue;
import nl.koploper.assessment.profile.Profile;
import nl.koploper.assessment.profile.ProfileStatus;
import nl.koploper.assessment.review.NulmetingAnswers;
import nl.koploper.assessment.review.Review;
import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.contracts.assessment.AssessmentRecipient;
import nl.koploper.contracts.assessment.NulmetingVisitPlanned;
import nl.koploper.contracts.assessment.NulmetingVisitRescheduled;
import nl.koploper.contracts.assessment.NulmetingCompleted;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.contracts.assessment.VisitDetails;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.events.ReceivedEvent;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.convert.ValueConverter;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * One organisation's nulmeting in one gemeente: opened when cohort-service places it in a cohort, then the advisor's
 * visit, the nulmeting's review of the ISO 26000 issues and the Duurzaamheidsprofiel versions; later the eindmeting,
 * the same review again. The case id is the cohort participant id, so a redelivered registration finds the case it
 * already opened, and footprint-service's organisation id (the same participant id) finds it too.
 *
 * <p>Lifecycle: WAITLISTED (registration on the waiting list, invisible) → TO_PLAN → PLANNED (visit planned) →
 * REVIEWED (every issue answered from both perspectives) → PROFILE_PUBLISHED; CLOSED when the organisation leaves
 * the cohort, from any state. Every change that someone must hear about records exactly one event in the same
 * document write.
 */
@Document("assessment_cases")
public class AssessmentCase extends AggregateRoot {

    // Stable rule names: clients and the 409 problem's "rule" property depend on them.
    static final String RULE_CLOSED = "case-closed";
    static final String RULE_NO_ADVISOR = "advisor-not-assigned";
    /** The portal's page of a case for its advisor, mailed when they are assigned. */
    static final String ADVISOR_PORTAL_PATH = "/adviseur/organisaties/%s";
    static final String RULE_VISIT_NOT_PLANNED = "visit-not-planned";
    static final String RULE_REVIEW_INCOMPLETE = "review-incomplete";
    static final String RULE_DRAFT_OPEN = "profile-draft-open";
    static final String RULE_NOT_PUBLISHED = "profile-not-published";
    static final String RULE_EINDMETING_STARTED = "eindmeting-started";
    static final String RULE_EINDMETING_NOT_STARTED = "eindmeting-not-started";
    static final String RULE_EINDMETING_COMPLETED = "eindmeting-completed";

    private static final String UID_DOMAIN = "@assessments.koploper.nl";

    private String tenantId;
    private String cohortId;
    private String cohortName;
    private String participantId;
    private Organisation organisation;
    private Contact contact;
    /** The contact's e-mail in lower case: how a participant's login finds its own case. */
    @Indexed
    private String contactEmailKey;
    private CaseStatus status;
    @Indexed
    private String advisorId;
    /**
     * The assigned advisor's e-mail in lower case: how their login (the token's {@code email} claim) finds the case.
     * Null in cases assigned before the advisor register, which recognise the advisor by {@code advisorId}, then the
     * login's subject.
     */
    @Indexed
    private String advisorEmailKey;
    private Advisor advisor;
    private Visit visit;
    /** The iCalendar UID of the visit: the same for the case's whole life, so every update replaces the entry. */
    private String visitUid;
    /** The iCalendar SEQUENCE of what was last sent. */
    private int visitSequence;
    /** The nulmeting's review, recorded at and after the visit; stored as the {@code review} array (ADR 0015). */
    @Field("review")
    @ValueConverter(NulmetingAnswers.class)
    private Review nulmeting = Review.empty();
    /** The footprint year the coordinator named as baseline; null means the first year whose footprint arrived. */
    private Integer baselineYear;
    private List<Profile> profiles = new ArrayList<>();
    /**
     * The eindmeting: null until the advisor starts it with a copy of the nulmeting's answers to revise; stored as
     * {@code finalReview}, {@code finalStartedAt} and {@code finalReviewedAt} (ADR 0015).
     */
    @Unwrapped.Nullable(prefix = "final")
    private Review eindmeting;
    /** The footprint year of the eindmeting; null means the newest year after the baseline year. */
    private Integer finalYear;
    private Instant openedAt;
    private Instant closedAt;
    private String closedReason;

    @PersistenceCreator
    private AssessmentCase() {
    }

    private AssessmentCase(String participantId, TenantId gemeente, String cohortId, String cohortName,
                           Organisation organisation, Contact contact, CaseStatus status, Instant now) {
        super(participantId);
        this.tenantId = gemeente.value();
        this.participantId = participantId;
        this.cohortId = cohortId;
        this.cohortName = cohortName;
        this.organisation = organisation;
        setContact(contact);
        this.status = status;
        this.visitUid = participantId + "-nulmeting" + UID_DOMAIN;
        this.openedAt = status == CaseStatus.WAITLISTED ? null : now;
    }

    /**
     * The case of an organisation cohort-service registered: open (TO_PLAN) when it got a place, WAITLISTED when it
     * waits for one. The event is remembered as applied in the same insert.
     */
    public static AssessmentCase registered(ReceivedEvent<?> event, String participantId, String cohortId,
                                            String cohortName, Organisation organisation, Contact contact,
                                            boolean waitlisted, Instant now) {
        AssessmentCase opened = new AssessmentCase(participantId, event.tenant(), cohortId, cohortName, organisation,
                contact, waitlisted ? CaseStatus.WAITLISTED : CaseStatus.TO_PLAN, now);
        opened.firstDelivery(event);
        return opened;
    }

    /**
     * The organisation got a place from the waiting list. Without a case (the registration event was never seen here)
     * one is opened with what the promotion says: name and contact, but no type, SBI code or size.
     */
    public static AssessmentCase promotedWithoutRegistration(ReceivedEvent<?> event, String participantId,
                                                             String cohortId, String cohortName, String name,
                                                             Contact contact, Instant now) {
        return registered(event, participantId, cohortId, cohortName, new Organisation(name, null, null, null, null),
                contact, false, now);
    }

    /**
     * A closed, never opened case for an organisation that left before this service saw it placed: it keeps a late
     * redelivery of the registration from opening a case for an organisation that is gone.
     */
    public static AssessmentCase leftUnseen(ReceivedEvent<?> event, String participantId, String cohortId,
                                            String reason, Instant now) {
        AssessmentCase gone = new AssessmentCase(participantId, event.tenant(), cohortId, null,
                new Organisation(null, null, null, null, null), null, CaseStatus.CLOSED, now);
        gone.openedAt = null;
        gone.closedAt = now;
        gone.closedReason = reason;
        gone.firstDelivery(event);
        return gone;
    }

    /** @return false for a redelivery or when the case is not waiting (nothing changes then) */
    public boolean promote(ReceivedEvent<?> event, Contact currentContact, Instant now) {
        if (!firstDelivery(event) || status != CaseStatus.WAITLISTED) {
            return false;
        }
        status = CaseStatus.TO_PLAN;
        openedAt = now;
        if (currentContact != null) {
            setContact(currentContact);
        }
        return true;
    }

    /** The organisation left the cohort: the case is closed and kept as it was. */
    public boolean close(ReceivedEvent<?> event, String reason, Instant now) {
        if (!firstDelivery(event) || status == CaseStatus.CLOSED) {
            return false;
        }
        status = CaseStatus.CLOSED;
        closedAt = now;
        closedReason = reason;
        return true;
    }

    /**
     * The coordinator assigns (or replaces) the advisor; only that advisor sees and works on the case, here and in
     * footprint-service, which learns it from the recorded {@link AdvisorAssigned}. The same advisor again (a double
     * submit) records nothing; new details of the same advisor are kept without an event.
     *
     * @return whether the case's advisor changed
     */
    boolean assignAdvisor(Advisor newAdvisor, Instant now) {
        requireOpen();
        String previousId = advisorId;
        this.advisor = newAdvisor;
        this.advisorId = newAdvisor.id();
        this.advisorEmailKey = EmailAddresses.normal(newAdvisor.email());
        if (newAdvisor.id().equals(previousId)) {
            return false;
        }
        record(new AdvisorAssigned(tenantId, id(), cohortId, participantId, organisation.name(), advisorId,
                new AssessmentRecipient("ADVISOR", newAdvisor.name(), newAdvisor.email(), locale(newAdvisor.locale())),
                previousId, now, newAdvisor.organisation(), ADVISOR_PORTAL_PATH.formatted(id())), now);
        return true;
    }

    /**
     * Plans the on-site visit, or moves it. The first plan invites the contact and the advisor (SEQUENCE 0); a move
     * sends both one update with the same UID and the next SEQUENCE. The same time and place again changes and
     * records nothing, so a double submit sends no second update.
     *
     * @return whether anything changed
     */
    boolean planVisit(Visit planned, Instant now) {
        requireOpen();
        if (advisor == null) {
            throw new RuleViolationException(RULE_NO_ADVISOR,
                    "Assign an advisor before planning the visit: the advisor is invited to it");
        }
        if (planned.equals(visit)) {
            return false;
        }
        Visit before = visit;
        visit = planned;
        if (before == null) {
            visitSequence = 0;
            if (status == CaseStatus.TO_PLAN) {
                status = CaseStatus.PLANNED;
            }
            record(new NulmetingVisitPlanned(tenantId, id(), cohortId, participantId, organisation.name(),
                    visitDetails(), recipients(), now), now);
        } else {
            visitSequence++;
            record(new NulmetingVisitRescheduled(tenantId, id(), cohortId, participantId, organisation.name(),
                    visitDetails(), before.startIso(), before.endIso(), before.location(), recipients(), now), now);
        }
        return true;
    }

    /**
     * Records answers of the nulmeting; each given answer replaces that issue's answer from that perspective, an
     * absent one keeps what was there. The whole batch is validated before (by the caller) and applied at once. When
     * every issue has both answers, the case is REVIEWED.
     */
    void recordNulmeting(List<Review.IssueChange> changes, IssueCatalogue catalogue, Instant now) {
        requireOpen();
        if (visit == null) {
            throw new RuleViolationException(RULE_VISIT_NOT_PLANNED,
                    "The review is recorded at the visit; plan the visit first");
        }
        nulmeting.record(changes, catalogue, now);
        if (status == CaseStatus.PLANNED && nulmeting.complete(catalogue)) {
            status = CaseStatus.REVIEWED;
            record(new NulmetingCompleted(tenantId, id(), cohortId, participantId, organisation.name(), now), now);
        }
    }

    void setBaselineYear(Integer year) {
        requireOpen();
        this.baselineYear = year;
    }

    /** Adds a generated draft as the next version; refused while another draft is open, or before the review is done. */
    Profile addGeneratedDraft(IntFunction<Profile> generate, IssueCatalogue catalogue) {
        requireOpen();
        if (!nulmeting.complete(catalogue)) {
            throw new RuleViolationException(RULE_REVIEW_INCOMPLETE, "The review still misses "
                    + nulmeting.missingAnswers(catalogue) + " of " + 2 * catalogue.size()
                    + " answers (each issue, internal and products and services); complete it first");
        }
        requireNoOpenDraft();
        Profile draft = generate.apply(nextProfileVersion());
        profiles.add(draft);
        return draft;
    }

    /** A new draft, the next version, with the content of published version {@code fromVersion}. */
    Profile draftFrom(int fromVersion, Instant now) {
        requireOpen();
        Profile source = profile(fromVersion);
        if (!source.published()) {
            throw new RuleViolationException(RULE_NOT_PUBLISHED,
                    "Version " + fromVersion + " is still a draft; edit it instead of copying it");
        }
        requireNoOpenDraft();
        Profile draft = source.nextDraft(nextProfileVersion(), now);
        profiles.add(draft);
        return draft;
    }

    /** Changes a draft version of the profile; a published one refuses the change itself. */
    <T> T editProfile(int version, Function<Profile, T> edit) {
        requireOpen();
        return edit.apply(profile(version));
    }

    /** Publishes a draft: it becomes immutable and the participant's contact is told where to read it. */
    Profile publishProfile(int version, String publishedBy, String profileUrlPath, Instant now) {
        requireOpen();
        Profile profile = profile(version);
        profile.publish(publishedBy, now);
        status = CaseStatus.PROFILE_PUBLISHED;
        record(new ProfilePublished(tenantId, id(), cohortId, participantId, organisation.name(), version,
                new AssessmentRecipient("PARTICIPANT", contact.name(), contact.email(), locale(contact.locale())),
                advisor == null ? null : advisor.name(), advisor == null ? null : advisor.email(), profileUrlPath,
                profile.recommendations().size(), now), now);
        return profile;
    }

    /**
     * Starts the eindmeting: the same 37 × 2 answers, prefilled with the nulmeting's, for the advisor to revise. Only
     * after a published profile (the nulmeting is then settled), and once.
     */
    void startEindmeting(Instant now) {
        requireOpen();
        if (profiles.stream().noneMatch(Profile::published)) {
            throw new RuleViolationException(RULE_NOT_PUBLISHED,
                    "The eindmeting compares against a published profile; publish the profile first");
        }
        if (eindmeting != null) {
            throw new RuleViolationException(RULE_EINDMETING_STARTED, "The eindmeting was started already");
        }
        eindmeting = nulmeting.startedFrom(now);
    }

    /** Revises answers of the eindmeting, as {@link #recordNulmeting} records those of the nulmeting. */
    void recordEindmeting(List<Review.IssueChange> changes, IssueCatalogue catalogue, Instant now) {
        requireEindmetingInProgress();
        eindmeting.record(changes, catalogue, now);
    }

    /** The advisor declares the eindmeting done: it counts in the impact report and cannot change any more. */
    void completeEindmeting(IssueCatalogue catalogue, Instant now) {
        requireEindmetingInProgress();
        if (!eindmeting.complete(catalogue)) {
            throw new RuleViolationException(RULE_REVIEW_INCOMPLETE, "The eindmeting misses "
                    + eindmeting.missingAnswers(catalogue) + " answers");
        }
        eindmeting.markCompleted(now);
    }

    void setFinalYear(Integer year) {
        requireOpen();
        this.finalYear = year;
    }

    private void requireEindmetingInProgress() {
        requireOpen();
        if (eindmeting == null) {
            throw new RuleViolationException(RULE_EINDMETING_NOT_STARTED, "Start the eindmeting first");
        }
        if (eindmeting.completed()) {
            throw new RuleViolationException(RULE_EINDMETING_COMPLETED,
                    "The eindmeting is completed and cannot change");
        }
    }

    public Review nulmeting() {
        return nulmeting;
    }

    /** The eindmeting, or null before it is started. */
    public Review eindmeting() {
        return eindmeting;
    }

    /** NOT_STARTED, IN_PROGRESS or COMPLETED. */
    public String eindmetingStatus() {
        return eindmeting == null ? "NOT_STARTED" : eindmeting.completed() ? "COMPLETED" : "IN_PROGRESS";
    }

    public boolean eindmetingCompleted() {
        return eindmeting != null && eindmeting.completed();
    }

    public Integer finalYear() {
        return finalYear;
    }

    /** The newest published profile version, if any. */
    public Optional<Profile> latestPublishedProfile() {
        return profiles.stream().filter(Profile::published).reduce((a, b) -> b.version() > a.version() ? b : a);
    }

    private void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new RuleViolationException(RULE_CLOSED,
                    "The organisation left the cohort; its assessment case is closed and cannot change");
        }
    }

    private void requireNoOpenDraft() {
        profiles.stream().filter(p -> p.status() == ProfileStatus.DRAFT).findFirst().ifPresent(draft -> {
            throw new RuleViolationException(RULE_DRAFT_OPEN, "Version " + draft.version()
                    + " is a draft not yet published; edit or publish it first");
        });
    }

    private int nextProfileVersion() {
        return profiles.size() + 1;
    }

    private VisitDetails visitDetails() {
        return new VisitDetails(visitUid, visitSequence, visit.startIso(), visit.endIso(), visit.zone(),
                visit.location());
    }

    private List<AssessmentRecipient> recipients() {
        return List.of(
                new AssessmentRecipient("PARTICIPANT", contact.name(), contact.email(), locale(contact.locale())),
                new AssessmentRecipient("ADVISOR", advisor.name(), advisor.email(), locale(advisor.locale())));
    }

    private static String locale(String locale) {
        return locale == null || locale.isBlank() ? "nl" : locale;
    }

    private void setContact(Contact newContact) {
        this.contact = newContact;
        this.contactEmailKey = newContact == null || newContact.email() == null ? null
                : EmailAddresses.normal(newContact.email());
    }

    public Profile profile(int version) {
        return profiles.stream().filter(p -> p.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Profile version of case " + id(), String.valueOf(version)));
    }

    public String tenantId() {
        return tenantId;
    }

    public String cohortId() {
        return cohortId;
    }

    public String cohortName() {
        return cohortName;
    }

    public String participantId() {
        return participantId;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Contact contact() {
        return contact;
    }

    public CaseStatus status() {
        return status;
    }

    public Advisor advisor() {
        return advisor;
    }

    public Visit visit() {
        return visit;
    }

    public String visitUid() {
        return visitUid;
    }

    public int visitSequence() {
        return visitSequence;
    }

    public Integer baselineYear() {
        return baselineYear;
    }

    public List<Profile> profiles() {
        return Collections.unmodifiableList(profiles);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    /** For the object-level checks: whether this login is the organisation's contact. */
    public boolean hasContactEmail(String email) {
        return email != null && contactEmailKey != null
                && contactEmailKey.equals(EmailAddresses.normal(email));
    }

    /**
     * For the object-level checks: whether this login is the assigned advisor, by the e-mail address it signs in with
     * (case-insensitive); a case assigned before the advisor register by the login's subject.
     */
    public boolean assignedTo(String advisorSubject, String advisorEmail) {
        if (advisorEmailKey != null) {
            return advisorEmail != null && advisorEmailKey.equals(EmailAddresses.normal(advisorEmail));
        }
        return advisorId != null && advisorId.equals(advisorSubject);
    }
}
