package nl.koploper.cohort.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.koploper.cohort.assignment.AssignmentEntry;
import nl.koploper.cohort.assignment.AssignmentFile;
import nl.koploper.cohort.assignment.AssignmentRound;
import nl.koploper.cohort.assignment.Award;
import nl.koploper.cohort.assignment.JuryScore;
import nl.koploper.cohort.assignment.Ranking;
import nl.koploper.cohort.assignment.RubricScores;
import nl.koploper.cohort.assignment.Submission;
import nl.koploper.cohort.certificate.Certificate;
import nl.koploper.cohort.certificate.CertificateOverride;
import nl.koploper.cohort.certificate.VerificationCodes;
import nl.koploper.cohort.organisation.KvkNumber;
import nl.koploper.contracts.cohort.AssignmentSubmitted;
import nl.koploper.contracts.cohort.AwardGranted;
import nl.koploper.contracts.cohort.CertificateIssued;
import nl.koploper.contracts.cohort.CohortCancelled;
import nl.koploper.contracts.cohort.CohortCompleted;
import nl.koploper.contracts.cohort.CohortCreated;
import nl.koploper.contracts.cohort.CohortMinimumReached;
import nl.koploper.contracts.cohort.CohortOpened;
import nl.koploper.contracts.cohort.CohortStarted;
import nl.koploper.contracts.cohort.ParticipantPromoted;
import nl.koploper.contracts.cohort.ParticipantRegistered;
import nl.koploper.contracts.cohort.ParticipantRemoved;
import nl.koploper.contracts.cohort.ParticipantSummary;
import nl.koploper.contracts.cohort.ParticipantWithdrew;
import nl.koploper.contracts.cohort.RegistrationRepeated;
import nl.koploper.platform.events.AggregateRoot;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.AmsterdamWallClock;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.ProblemText;
import nl.koploper.platform.web.RuleViolationException;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A Koplopergroep: one gemeente's round of 8 to 15 organisations through the Koploper year, with its registrations
 * and waiting list. Every rule of its lifecycle and of registration is enforced here, and every change records its
 * event, saved in the same document write as the change. The communication assignment, its jury and the
 * Koploperprijs are an {@link AssignmentRound} it holds and changes only through its own methods.
 *
 * <p>Time comes in as {@code now} from the caller's clock, so that deadlines are testable and the recorded event time
 * is the time the rule was judged against. The lifecycle methods are package-private (only this feature's service
 * drives them); registration, withdrawal and removal are public because registration (by the coordinator and the
 * public self-registration form) is a feature package of its own.
 */
@Document("cohorts")
public class Cohort extends AggregateRoot {

    // Stable rule names: clients and the 409 problem's "rule" property depend on them, so never rename one.
    static final String RULE_NOT_DRAFT = "cohort-not-draft";
    static final String RULE_NOT_OPEN = "cohort-not-open";
    static final String RULE_NOT_STARTED = "cohort-not-started";
    static final String RULE_ALREADY_STARTED = "cohort-already-started";
    static final String RULE_ALREADY_CANCELLED = "cohort-already-cancelled";
    static final String RULE_CLOSED = "cohort-closed";
    static final String RULE_MINIMUM = "cohort-minimum-participants";
    static final String RULE_DEADLINE = "registration-deadline-passed";
    static final String RULE_KVK = "kvk-already-registered";
    static final String RULE_CONSENT = "participation-consent-required";
    static final String RULE_PARTICIPANT_INACTIVE = "participant-not-active";
    public static final String RULE_NOT_PLACED = "participant-not-placed";
    static final String RULE_CERTIFICATE_ISSUED = "certificate-already-issued";
    static final String RULE_CERTIFICATE_OVERRIDDEN = "certificate-already-overridden";

    private String tenantId;
    private String name;
    private int year;
    private int minimumParticipants;
    private int maximumParticipants;
    private Instant registrationDeadline;
    private Instant assignmentDeadline;
    private CohortStatus status;
    /** Every registration in the order it arrived; that order is also the waiting list's. */
    private List<Participant> participants = new ArrayList<>();
    /** Set when the placed count first reached the minimum, so that the event is recorded only once. */
    private Instant minimumReachedAt;
    private Instant createdAt;
    private Instant openedAt;
    private Instant startedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private String cancellationReason;
    /** The communication assignment with its jury and award; its fields stand at the top level of the document. */
    @Unwrapped.Empty
    private AssignmentRound assignmentRound = new AssignmentRound();
    /** Issued on completion, one per participant that finished and met the criteria (or was overridden). */
    private List<Certificate> certificates = new ArrayList<>();
    /** The gemeente's attendance criterion: how many of the cohort's meetings an organisation must have attended. */
    private int minimumMeetingsAttended;
    /** The coordinator's certificates for organisations that do not meet the criteria, each with its reason. */
    private List<CertificateOverride> certificateOverrides = new ArrayList<>();
    /**
     * The creating request's key: the client's {@code Idempotency-Key}, or a generated one when it sent none, so that
     * every document has a value and the unique index needs no sparse option. The index is what makes a replayed or
     * concurrent create with the same key find the first cohort instead of making a second one.
     */
    @Indexed(unique = true)
    private String requestKey;
    /** A digest of what the creating request asked for: a replay with the same key must ask for the same cohort. */
    private String requestFingerprint;

    @PersistenceCreator
    private Cohort() {
    }

    private Cohort(String id, TenantId gemeente, CohortPlan plan, Instant now) {
        super(id);
        this.tenantId = gemeente.value();
        this.name = plan.name();
        this.year = plan.year();
        this.minimumParticipants = plan.minimumParticipants();
        this.maximumParticipants = plan.maximumParticipants();
        this.registrationDeadline = plan.registrationDeadline();
        this.assignmentDeadline = plan.assignmentDeadline();
        this.status = CohortStatus.DRAFT;
        this.createdAt = now;
    }

    /** A new cohort of {@code gemeente} in DRAFT. */
    static Cohort create(TenantId gemeente, CohortPlan plan, Instant now) {
        String id = UUID.randomUUID().toString();
        return create(id, gemeente, plan, "generated:" + id, null, now);
    }

    /** A new cohort created by a request identified by {@code requestKey} (see {@link #requestKey()}). */
    static Cohort create(TenantId gemeente, CohortPlan plan, String requestKey, String requestFingerprint,
                         Instant now) {
        return create(UUID.randomUUID().toString(), gemeente, plan, requestKey, requestFingerprint, now);
    }

    private static Cohort create(String id, TenantId gemeente, CohortPlan plan, String requestKey,
                                 String requestFingerprint, Instant now) {
        Cohort cohort = new Cohort(id, gemeente, plan, now);
        cohort.requestKey = requestKey;
        cohort.requestFingerprint = requestFingerprint;
        cohort.record(new CohortCreated(cohort.tenantId, cohort.id(), cohort.name, cohort.year,
                cohort.minimumParticipants, cohort.maximumParticipants, cohort.registrationDeadline,
                cohort.assignmentDeadline, now), now);
        return cohort;
    }

    /** Opens registration. Opening after the registration deadline would let nobody in, so it is refused. */
    void open(Instant now) {
        if (status != CohortStatus.DRAFT) {
            throw new RuleViolationException(RULE_NOT_DRAFT,
                    "Only a cohort in preparation (DRAFT) can be opened; this one is " + status);
        }
        if (now.isAfter(registrationDeadline)) {
            throw new RuleViolationException(RULE_DEADLINE, "The registration deadline "
                    + AmsterdamWallClock.offsetTime(registrationDeadline)
                    + " has already passed; a cohort opened now could take no registrations");
        }
        status = CohortStatus.OPEN;
        openedAt = now;
        record(new CohortOpened(tenantId, id(), name, year, minimumParticipants, maximumParticipants,
                registrationDeadline, now), now);
    }

    /**
     * Registers an organisation: it gets a place while there is one, otherwise it goes to the back of the waiting
     * list. Two registrations racing for the last place both change this one document, so its version check lets
     * exactly one of them win.
     */
    public Participant register(Registration registration, Instant now) {
        refuseRegistrationNow(registration, now);
        refuseSecondRegistration(registration.organisation().kvkNumber());
        return admit(registration, now);
    }

    /**
     * The public form's registration: as {@link #register}, except that an organisation that already takes part
     * (placed or waiting) is not refused. Telling an anonymous caller so would tell anyone who types a KvK number
     * who takes part; instead nothing about the registration changes, {@link RegistrationRepeated} lets the contact
     * on record hear of it, and the caller gets the answer a first registration gets. Every refusal that does not
     * depend on who takes part (cohort not open, deadline, consent) comes first, so it is given alike either way.
     *
     * @return the new registration, or empty for a repeat (which the caller must not be able to tell apart)
     */
    public Optional<Participant> registerOrRepeat(Registration registration, Instant now) {
        refuseRegistrationNow(registration, now);
        Optional<Participant> existing = activeRegistration(registration.organisation().kvkNumber());
        if (existing.isPresent()) {
            Participant participant = existing.get();
            record(new RegistrationRepeated(tenantId, id(), name, participant.id(), participant.organisation().name(),
                    participant.contactDetails(),
                    EmailAddresses.normal(registration.contact().email())
                            .equals(EmailAddresses.normal(participant.contact().email())),
                    now), now);
            return Optional.empty();
        }
        return Optional.of(admit(registration, now));
    }

    // The refusals every registration meets, whoever registers.
    private void refuseRegistrationNow(Registration registration, Instant now) {
        if (status != CohortStatus.OPEN) {
            throw new RuleViolationException(RULE_NOT_OPEN, new ProblemText("registration.not-open",
                    "Registration is possible only while the cohort is open; this one is " + status));
        }
        if (now.isAfter(registrationDeadline)) {
            throw new RuleViolationException(RULE_DEADLINE, new ProblemText("registration.closed",
                    "Registration for this cohort closed at " + AmsterdamWallClock.offsetTime(registrationDeadline),
                    AmsterdamWallClock.offsetTime(registrationDeadline)));
        }
        if (!registration.consentToTerms()) {
            throw new RuleViolationException(RULE_CONSENT, new ProblemText("registration.consent",
                    "An organisation can register only after agreeing to the participation terms"));
        }
    }

    private Participant admit(Registration registration, Instant now) {
        boolean full = placedCount() >= maximumParticipants;
        Participant participant = new Participant(UUID.randomUUID().toString(), registration,
                full ? ParticipantStatus.WAITLISTED : ParticipantStatus.PLACED, now);
        participants.add(participant);
        record(new ParticipantRegistered(tenantId, id(), name, participant.id(),
                participant.organisation().name(), participant.organisation().kvkNumber().value(),
                participant.organisation().type().name(), participant.organisation().sbiCode().value(),
                participant.organisation().sizeFte(), participant.contactDetails(), full,
                full ? waitingList().size() : null, now), now);
        recordMinimumReachedOnce(now);
        return participant;
    }

    /**
     * The organisation withdraws (from its place or from the waiting list); a freed place goes to the first on the
     * waiting list.
     *
     * @param reason the reason it gives, or null
     */
    public Participant withdraw(String participantId, String reason, Instant now) {
        Participant participant = activeParticipant(participantId);
        boolean wasWaitlisted = participant.status() == ParticipantStatus.WAITLISTED;
        participant.leave(ParticipantStatus.WITHDRAWN, blankToNull(reason), now);
        record(new ParticipantWithdrew(tenantId, id(), name, participant.id(), participant.organisation().name(),
                participant.contactDetails(), wasWaitlisted, participant.leaveReason(), now), now);
        if (!wasWaitlisted) {
            promoteFirstWaiting(participant, now);
        }
        return participant;
    }

    /** The coordinator takes a participant out (from its place or the waiting list), saying why. */
    public Participant remove(String participantId, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Removing a participant needs a reason");
        }
        Participant participant = activeParticipant(participantId);
        boolean wasWaitlisted = participant.status() == ParticipantStatus.WAITLISTED;
        participant.leave(ParticipantStatus.REMOVED, reason.strip(), now);
        record(new ParticipantRemoved(tenantId, id(), name, participant.id(), participant.organisation().name(),
                participant.contactDetails(), wasWaitlisted, participant.leaveReason(), now), now);
        if (!wasWaitlisted) {
            promoteFirstWaiting(participant, now);
        }
        return participant;
    }

    /** Starts the year with the placed participants; registration closes. */
    void start(Instant now) {
        if (status != CohortStatus.OPEN) {
            throw new RuleViolationException(RULE_NOT_OPEN,
                    "Only an open cohort can start; this one is " + status);
        }
        int placed = placedCount();
        if (placed < minimumParticipants) {
            throw new RuleViolationException(RULE_MINIMUM, "The cohort has " + placed
                    + " placed participant(s) and needs at least " + minimumParticipants + " to start; "
                    + (minimumParticipants - placed) + " more must register first");
        }
        status = CohortStatus.STARTED;
        startedAt = now;
        record(new CohortStarted(tenantId, id(), name, year, assignmentDeadline, summaries(placed()),
                summaries(waitingList()), now), now);
    }

    /**
     * Ends the year as {@link #complete(Instant, String, Supplier, Predicate)} with the gemeente's slug as its name and
     * every finished participant meeting the criteria.
     */
    void complete(Instant now) {
        complete(now, tenantId, VerificationCodes::generate, participantId -> true);
    }

    /**
     * Ends the year: the participants still taking part (placed, neither withdrawn nor removed) have finished and
     * join the gemeente's network (see the network feature); each that meets the certificate's completion criteria,
     * or that the coordinator overrode them for, receives its certificate of participation.
     *
     * @param gemeenteName  the gemeente's display name, as it is printed on the certificates
     * @param codes         a new verification code per certificate
     * @param meetsCriteria whether a participant (by id) meets the completion criteria
     */
    void complete(Instant now, String gemeenteName, Supplier<String> codes, Predicate<String> meetsCriteria) {
        if (status != CohortStatus.STARTED) {
            throw new RuleViolationException(RULE_NOT_STARTED,
                    "Only a cohort that has started can be completed; this one is " + status);
        }
        status = CohortStatus.COMPLETED;
        completedAt = now;
        record(new CohortCompleted(tenantId, id(), name, year, summaries(placed()), now), now);
        for (Participant finished : placed()) {
            if (meetsCriteria.test(finished.id()) || certificateOverride(finished.id()) != null) {
                issueCertificate(finished, gemeenteName, codes.get(), now);
            }
        }
    }

    private void issueCertificate(Participant finished, String gemeenteName, String code, Instant now) {
        LocalDate issuedOn = now.atZone(AmsterdamWallClock.AMSTERDAM).toLocalDate();
        Certificate certificate = new Certificate(finished.id(), finished.organisation().name(), gemeenteName,
                code, issuedOn, now);
        certificates.add(certificate);
        record(new CertificateIssued(tenantId, id(), name, year, finished.id(), finished.organisation().name(),
                finished.contactDetails(), gemeenteName, certificate.verificationCode(),
                certificatePath(finished.id()), issuedOn, now), now);
    }

    /**
     * The gemeente's attendance criterion for this cohort's certificates; it can change until the cohort completes
     * (the certificates are judged then).
     */
    public void requireMeetingsAttended(int minimum) {
        if (minimum < 0) {
            throw new IllegalArgumentException("A minimum number of meetings is 0 or more");
        }
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new RuleViolationException(RULE_CLOSED, "This cohort is " + status
                    + "; its certificates were judged at completion, so their criteria no longer change");
        }
        minimumMeetingsAttended = minimum;
    }

    /**
     * The coordinator gives a placed participant its certificate although it does not meet the criteria, saying why.
     * Before completion the decision is kept and honoured at completion; after it, the certificate is issued now.
     *
     * @param gemeenteName the gemeente's display name, printed on a certificate issued now
     */
    public CertificateOverride overrideCertificateCriteria(String participantId, String reason, String by,
                                                           String gemeenteName, Supplier<String> codes, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Overriding the certificate's criteria needs a reason");
        }
        Participant participant = participant(participantId);
        if (status != CohortStatus.STARTED && status != CohortStatus.COMPLETED) {
            throw new RuleViolationException(RULE_NOT_STARTED,
                    "Certificates go to organisations finishing a year that has started; this cohort is " + status);
        }
        if (participant.status() != ParticipantStatus.PLACED) {
            throw new RuleViolationException(RULE_NOT_PLACED, participant.organisation().name()
                    + " no longer takes part in this cohort (" + participant.status() + ")");
        }
        if (certificate(participantId) != null) {
            throw new RuleViolationException(RULE_CERTIFICATE_ISSUED, participant.organisation().name()
                    + " already has its certificate");
        }
        if (certificateOverride(participantId) != null) {
            throw new RuleViolationException(RULE_CERTIFICATE_OVERRIDDEN, "The criteria were already overridden for "
                    + participant.organisation().name() + "; it gets its certificate at completion");
        }
        CertificateOverride override = new CertificateOverride(participantId, reason.strip(), by, now);
        certificateOverrides.add(override);
        if (status == CohortStatus.COMPLETED) {
            issueCertificate(participant, gemeenteName, codes.get(), now);
        }
        return override;
    }

    /** Where the coordinator and the participant download a certificate of this cohort. */
    public String certificatePath(String participantId) {
        return "/api/cohorts/" + id() + "/certificates/" + participantId + ".pdf";
    }

    /** Calls the round off before it starts; once the year is under way it can only be completed. */
    void cancel(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Cancelling a cohort needs a reason to tell the registered organisations");
        }
        if (status == CohortStatus.CANCELLED) {
            throw new RuleViolationException(RULE_ALREADY_CANCELLED, "This cohort was already cancelled");
        }
        if (status == CohortStatus.STARTED || status == CohortStatus.COMPLETED) {
            throw new RuleViolationException(RULE_ALREADY_STARTED,
                    "A cohort can be cancelled only before it starts; this one is " + status);
        }
        List<ParticipantSummary> affected = summaries(participants.stream()
                .filter(p -> p.status().active()).toList());
        status = CohortStatus.CANCELLED;
        cancelledAt = now;
        cancellationReason = reason.strip();
        record(new CohortCancelled(tenantId, id(), name, cancellationReason, affected, now), now);
    }

    // ---- Communication assignment, jury and Koploperprijs ----------------------------------------------------------
    // The round judges its own rules; the cohort judges the participant and the year, and records the events.

    /**
     * A placed participant hands in its communication assignment, or revises it, while the year runs, until the
     * assignment deadline and before the jury's scoring has closed.
     */
    public Submission submitAssignment(String participantId, AssignmentEntry entry, Instant now) {
        Participant participant = participant(participantId);
        requireStarted("Assignments are handed in while the year runs");
        return recordSubmitted(participant, assignmentRound.submit(participant, entry, assignmentDeadline, now), now);
    }

    /**
     * Attaches a file to a handed-in assignment (replacing an earlier one), under the same rules as a revision, which
     * it is.
     */
    public Submission attachFile(String participantId, AssignmentFile file, Instant now) {
        Participant participant = participant(participantId);
        requireStarted("Assignments are handed in while the year runs");
        return recordSubmitted(participant, assignmentRound.attach(participant, file, assignmentDeadline, now), now);
    }

    private Submission recordSubmitted(Participant participant, Submission submission, Instant now) {
        record(new AssignmentSubmitted(tenantId, id(), name, participant.id(), participant.organisation().name(),
                participant.contactDetails(), submission.entry().title(), submission.revision(), now), now);
        return submission;
    }

    /** The coordinator names the jurors (by e-mail address) of this cohort; replaces the earlier list. */
    public void assignJury(List<String> jurorEmails) {
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new RuleViolationException(RULE_CLOSED, "This cohort is " + status + "; its jury can no longer change");
        }
        assignmentRound.assignJury(jurorEmails);
    }

    /** A juror of this cohort scores a submission on the rubric; scoring it again replaces the earlier score. */
    public JuryScore score(String jurorEmail, String participantId, RubricScores marks, String comment, Instant now) {
        Submission submission = assignmentRound.scorable(jurorEmail, participantId);
        requireStarted("Assignments are scored while the year runs");
        return assignmentRound.score(jurorEmail, submission, marks, comment, now);
    }

    /** The coordinator closes the jury's scoring; from then on the ranking is final and the award can be granted. */
    public void closeScoring(Instant now) {
        requireStarted("Scoring closes while the year runs");
        assignmentRound.closeScoring(now);
    }

    /** See {@link AssignmentRound#grantAward}: at the end of a year that has started. */
    public Award grantAward(String participantId, String motivation, Instant now) {
        if (status != CohortStatus.STARTED && status != CohortStatus.COMPLETED) {
            throw new RuleViolationException(RULE_NOT_STARTED,
                    "The Koploperprijs is granted at the end of a year that has started; this cohort is " + status);
        }
        return assignmentRound.grantAward(participantId, motivation, this::participant, now);
    }

    /**
     * Makes the granted Koploperprijs public, at the symposium's award moment: only now is {@code AwardGranted}
     * recorded, for the symposium page and the mails to the winner and the other participants.
     */
    public Award announceAward(Instant now) {
        Award award = assignmentRound.announceAward(now);
        Participant winner = participant(award.participantId());
        record(new AwardGranted(tenantId, id(), name, year, winner.id(), award.organisationName(),
                winner.contactDetails(), award.topOfRanking(), award.motivation(), summaries(placed()),
                award.grantedAt()), now);
        return award;
    }

    private void requireStarted(String why) {
        if (status != CohortStatus.STARTED) {
            throw new RuleViolationException(RULE_NOT_STARTED, why + "; this cohort is " + status);
        }
    }

    // One organisation may not hold two places, or a place and a spot in the queue. A former registration (withdrawn
    // or removed) holds nothing, so the organisation may register again, at the back of the queue.
    private void refuseSecondRegistration(KvkNumber kvkNumber) {
        activeRegistration(kvkNumber).ifPresent(existing -> {
            // Only the coordinator's registration gets here (the public form repeats instead): the coordinator
            // sees every participant anyway.
            boolean waiting = existing.status() == ParticipantStatus.WAITLISTED;
            throw new RuleViolationException(RULE_KVK, new ProblemText(
                    waiting ? "registration.kvk-registered.waiting" : "registration.kvk-registered.placed",
                    "KvK number " + kvkNumber + " is already registered for this cohort"
                            + (waiting ? ", on the waiting list" : ", with a place"),
                    String.valueOf(kvkNumber)));
        });
    }

    private Optional<Participant> activeRegistration(KvkNumber kvkNumber) {
        return participants.stream()
                .filter(p -> p.status().active() && p.organisation().kvkNumber().equals(kvkNumber))
                .findFirst();
    }

    private Participant activeParticipant(String participantId) {
        Participant participant = participants.stream()
                .filter(p -> p.id().equals(participantId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new RuleViolationException(RULE_CLOSED,
                    "This cohort is " + status + "; its participants can no longer change");
        }
        if (!participant.status().active()) {
            throw new RuleViolationException(RULE_PARTICIPANT_INACTIVE, participant.organisation().name()
                    + " already left this cohort (" + participant.status() + ")");
        }
        return participant;
    }

    // Only while the cohort is open: once the year has started, a late entrant would have missed the kick-off and
    // the baseline assessment, so a place freed then stays empty.
    private void promoteFirstWaiting(Participant leaver, Instant now) {
        if (status != CohortStatus.OPEN || placedCount() >= maximumParticipants) {
            return;
        }
        participants.stream()
                .filter(p -> p.status() == ParticipantStatus.WAITLISTED)
                .findFirst()
                .ifPresent(first -> {
                    first.promote(now);
                    record(new ParticipantPromoted(tenantId, id(), name, first.id(), first.organisation().name(),
                            first.contactDetails(), leaver.id(), now), now);
                    recordMinimumReachedOnce(now);
                });
    }

    private void recordMinimumReachedOnce(Instant now) {
        if (minimumReachedAt == null && placedCount() >= minimumParticipants) {
            minimumReachedAt = now;
            record(new CohortMinimumReached(tenantId, id(), name, year, minimumParticipants, summaries(placed()),
                    now), now);
        }
    }

    private static List<ParticipantSummary> summaries(List<Participant> participants) {
        return participants.stream().map(Participant::summary).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private int placedCount() {
        return placed().size();
    }

    public String tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public int minimumParticipants() {
        return minimumParticipants;
    }

    public int maximumParticipants() {
        return maximumParticipants;
    }

    public Instant registrationDeadline() {
        return registrationDeadline;
    }

    public Instant assignmentDeadline() {
        return assignmentDeadline;
    }

    public CohortStatus status() {
        return status;
    }

    /** Every registration, active or not, in arrival order. */
    public List<Participant> participants() {
        return Collections.unmodifiableList(participants);
    }

    /** The participants that have a place, in arrival order. */
    public List<Participant> placed() {
        return participants.stream().filter(p -> p.status() == ParticipantStatus.PLACED).toList();
    }

    /** The waiting list, first in line first. */
    public List<Participant> waitingList() {
        return participants.stream().filter(p -> p.status() == ParticipantStatus.WAITLISTED).toList();
    }

    public Participant participant(String participantId) {
        return participants.stream()
                .filter(p -> p.id().equals(participantId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
    }

    public Instant minimumReachedAt() {
        return minimumReachedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    String requestKey() {
        return requestKey;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    public List<String> jurors() {
        return assignmentRound.jurors();
    }

    public boolean isJuror(String email) {
        return assignmentRound.isJuror(email);
    }

    public List<Submission> submissions() {
        return assignmentRound.submissions();
    }

    /** The participant's submission, or null when it handed in none. */
    public Submission submission(String participantId) {
        return assignmentRound.submission(participantId);
    }

    public List<JuryScore> scores() {
        return assignmentRound.scores();
    }

    public Instant scoringClosedAt() {
        return assignmentRound.scoringClosedAt();
    }

    public Ranking ranking() {
        return assignmentRound.ranking(this::participant);
    }

    public Award award() {
        return assignmentRound.award();
    }

    public List<Certificate> certificates() {
        return Collections.unmodifiableList(certificates);
    }

    /** The participant's certificate, or null when it has none. */
    public Certificate certificate(String participantId) {
        return certificates.stream().filter(c -> c.participantId().equals(participantId)).findFirst().orElse(null);
    }

    public int minimumMeetingsAttended() {
        return minimumMeetingsAttended;
    }

    public List<CertificateOverride> certificateOverrides() {
        return Collections.unmodifiableList(certificateOverrides);
    }

    /** The coordinator's override of the criteria for the participant, or null when there is none. */
    public CertificateOverride certificateOverride(String participantId) {
        return certificateOverrides.stream().filter(o -> o.participantId().equals(participantId)).findFirst()
                .orElse(null);
    }

    /**
     * Whether an organisation registering at {@code now} would be taken in (a place or the waiting list): the cohort
     * is open and its registration deadline has not passed, exactly what {@link #register} requires of the cohort.
     */
    public boolean takesRegistrations(Instant now) {
        return status == CohortStatus.OPEN && !now.isAfter(registrationDeadline);
    }

    /** How many places are still free; 0 when the next registration goes to the waiting list. */
    public int placesLeft() {
        return Math.max(0, maximumParticipants - placedCount());
    }

    /** The position of an active waiting participant in the waiting list counting from 1, or null. */
    public Integer waitlistPosition(Participant participant) {
        int index = waitingList().indexOf(participant);
        return index < 0 ? null : index + 1;
    }
}
