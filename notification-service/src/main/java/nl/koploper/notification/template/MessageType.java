package nl.koploper.notification.template;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The kinds of mail the platform sends, each with the placeholders its template must contain and may contain.
 *
 * <p>Required placeholders are what makes the mail useful (an invitation without its RSVP link, a reminder without
 * its unsubscribe link), so a coordinator's override that drops one is refused.
 */
public enum MessageType {
    MEETING_INVITATION(AttachmentKind.CALENDAR, true,
            Set.of("meeting.title", "meeting.start", "meeting.location", "meeting.rsvpUrl"),
            Set.of("meeting.end", "meeting.description", "cohort.name")),
    /** A meeting moved in time or place: what changed (the previous value and the new one) and the current details. */
    MEETING_UPDATE(AttachmentKind.CALENDAR, true,
            Set.of("meeting.title", "meeting.start", "meeting.location", "meeting.rsvpUrl"),
            Set.of("meeting.end", "meeting.description", "cohort.name", "meeting.timeChanged",
                    "meeting.previousStart", "meeting.previousEnd", "meeting.locationChanged",
                    "meeting.previousLocation")),
    MEETING_CANCELLATION(AttachmentKind.CALENDAR, true,
            Set.of("meeting.title", "meeting.start"),
            Set.of("meeting.location", "meeting.reason", "cohort.name")),
    /** One invitee taken off a meeting that goes on (its organisation left the group, a guest uninvited). */
    MEETING_INVITATION_WITHDRAWN(AttachmentKind.CALENDAR, true,
            Set.of("meeting.title", "meeting.start"),
            Set.of("meeting.location", "cohort.name")),
    MEETING_REMINDER(AttachmentKind.NONE, false,
            Set.of("meeting.title", "meeting.start", "meeting.location", "unsubscribeUrl"),
            Set.of("meeting.end", "meeting.rsvpUrl", "meeting.unanswered", "meeting.today", "meeting.tomorrow",
                    "cohort.name")),
    MEETING_PLACE_GRANTED(AttachmentKind.NONE, true,
            Set.of("meeting.title", "meeting.start", "meeting.location"),
            Set.of("meeting.end", "meeting.description", "meeting.rsvpUrl", "cohort.name")),
    REGISTRATION_CONFIRMATION(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name"),
            Set.of("registration.waitlistPosition")),
    /**
     * Someone registered an organisation that already takes part, through the public form: told only to the contact
     * on record (the form answers as for a first registration), that nothing changed and nothing need be done.
     */
    REGISTRATION_REPEATED(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name"),
            Set.of("registration.submittedByContact")),
    WAITING_LIST_PROMOTION(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name"),
            Set.of()),
    /**
     * The cohort started while the organisation still waited: no place came free before the start (after it a late
     * entrant would have missed the kick-off and the nulmeting), so its registration lapses.
     */
    WAITING_LIST_CLOSED(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name"),
            Set.of()),
    /** The organisation withdrew (confirmed to it) or the coordinator took it out of the group (told to it). */
    PARTICIPATION_ENDED(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name"),
            Set.of("participation.reason", "participation.removed", "participation.waitlisted")),
    NULMETING_VISIT_INVITE(AttachmentKind.CALENDAR, true,
            Set.of("organisation.name", "visit.start", "visit.location", "advisor.name"),
            Set.of("visit.end", "advisor.email", "visit.rsvpUrl")),
    NULMETING_VISIT_UPDATE(AttachmentKind.CALENDAR, true,
            Set.of("organisation.name", "visit.start", "visit.location", "advisor.name"),
            Set.of("visit.end", "advisor.email", "visit.rsvpUrl")),
    PROFILE_PUBLISHED(AttachmentKind.NONE, true,
            Set.of("organisation.name", "profile.url"),
            Set.of("advisor.name")),
    /** The coordinator made the recipient the advisor of an organisation's nulmeting. */
    ADVISOR_ASSIGNED(AttachmentKind.NONE, true,
            Set.of("organisation.name", "case.url"),
            Set.of("advisor.organisation")),
    ACTION_DUE_REMINDER(AttachmentKind.NONE, false,
            Set.of("action.title", "action.dueDate", "actionPlan.url", "unsubscribeUrl"),
            Set.of("organisation.name")),
    CERTIFICATE(AttachmentKind.CERTIFICATE_PDF, true,
            Set.of("organisation.name", "cohort.name"),
            Set.of("certificate.verificationUrl")),
    /** The Koploperprijs announced to the participants that did not win it. */
    AWARD_ANNOUNCEMENT(AttachmentKind.NONE, true,
            Set.of("award.winnerName", "cohort.name"),
            Set.of("award.motivation")),
    /** The winner's own congratulation on the Koploperprijs. */
    AWARD_WINNER(AttachmentKind.NONE, true,
            Set.of("award.winnerName", "cohort.name"),
            Set.of("award.motivation")),
    /** To the coordinator: a group reached its minimum, its kick-off waits as a proposal to be placed and confirmed. */
    COORDINATOR_KICK_OFF_PROPOSED(AttachmentKind.NONE, true,
            Set.of("cohort.name", "notice.url"),
            Set.of("cohort.minimum")),
    /** To the coordinator: an organisation withdrew from a group (or from its waiting list), with its reason. */
    COORDINATOR_WITHDRAWAL(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name", "notice.url"),
            Set.of("participation.reason", "participation.waitlisted")),
    /** To the coordinator: an organisation handed in its communication assignment (the first time). */
    COORDINATOR_HAND_IN(AttachmentKind.NONE, true,
            Set.of("cohort.name", "organisation.name", "assignment.title", "notice.url"),
            Set.of()),
    /** To the coordinator: a mail of the gemeente failed for good, so the address can be corrected and it resent. */
    COORDINATOR_MAIL_FAILED(AttachmentKind.NONE, true,
            Set.of("failedMail.recipient", "failedMail.subject", "notice.url"),
            Set.of("failedMail.reason"));

    /** Branding and addressee: every template may use these. */
    public static final Set<String> COMMON_PLACEHOLDERS = Set.of(
            "tenant.name", "tenant.logoUrl", "tenant.senderName", "tenant.senderNamesGemeente", "tenant.replyTo",
            "recipient.name");

    private final AttachmentKind attachment;
    private final boolean essential;
    private final Set<String> required;
    private final Set<String> optional;

    MessageType(AttachmentKind attachment, boolean essential, Set<String> required, Set<String> optional) {
        this.attachment = attachment;
        this.essential = essential;
        this.required = required;
        this.optional = optional;
    }

    public AttachmentKind attachment() {
        return attachment;
    }

    /** Essential mail (invitations, confirmations) always goes; the rest can be unsubscribed per recipient. */
    public boolean essential() {
        return essential;
    }

    /** Notices to the gemeente's coordinator, whose replies land in the gemeente's own mailbox. */
    public boolean toCoordinator() {
        return name().startsWith("COORDINATOR_");
    }

    /** Placeholders the HTML and the text body must each contain. */
    public Set<String> requiredPlaceholders() {
        return required;
    }

    /** Every placeholder this type's templates may use. */
    public Set<String> allowedPlaceholders() {
        Set<String> allowed = new LinkedHashSet<>(COMMON_PLACEHOLDERS);
        allowed.addAll(required);
        allowed.addAll(optional);
        return allowed;
    }

    /** The folder under {@code templates/} that holds this type's bundled templates, e.g. {@code meeting-invitation}. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
