package nl.koploper.events.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.ProblemText;

/**
 * Someone to invite, as the cohort events (participants, network members) or the coordinator (guests) describe them.
 *
 * @param participantId the cohort participant or network member (for an advisor: the advisor's id), or null for a
 *                      guest invited by e-mail alone
 * @param locale        the language to write to them in: {@code nl} or {@code en}
 * @throws InvalidInputException (on construction) naming {@code name}, {@code email}, {@code locale} or
 *                               {@code participantId}
 */
public record Invitee(InviteeKind kind, String participantId, String name, String email, String locale) {

    private static final Set<String> LOCALES = Set.of("nl", "en");

    public Invitee {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProblemText> texts = new ArrayList<>();
        if (kind == null) {
            throw new IllegalArgumentException("An invitee needs a kind");
        }
        participantId = participantId == null || participantId.isBlank() ? null : participantId.strip();
        // A guest is known by e-mail alone; participants and network members by their organisation, so that a
        // withdrawal (which names the participant, not an address) finds their invitation.
        if (kind == InviteeKind.GUEST && participantId != null) {
            problems.add(new FieldProblem("participantId", "not-allowed",
                    "A guest is invited by e-mail alone, without a participant"));
            texts.add(null);
        }
        if (kind != InviteeKind.GUEST && participantId == null) {
            problems.add(new FieldProblem("participantId", "missing",
                    "A " + kind + " invitee needs the participant it stands for"));
            texts.add(null);
        }
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty()) {
            ProblemText text = new ProblemText("invitee.name.missing",
                    "An invitee needs a name to address the invitation to");
            problems.add(new FieldProblem("name", "missing", text.english()));
            texts.add(text);
        }
        email = email == null ? null : email.strip();
        if (!EmailAddresses.isValid(email)) {
            ProblemText text = new ProblemText("invitee.email.not-an-email",
                    "'" + email + "' is not an e-mail address", String.valueOf(email));
            problems.add(new FieldProblem("email", "not-an-email", text.english()));
            texts.add(text);
        }
        locale = locale == null || locale.isBlank() ? "nl" : locale.strip().toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(locale)) {
            ProblemText text = new ProblemText("invitee.locale.unsupported",
                    "The locale is nl or en; got '" + locale + "'", locale);
            problems.add(new FieldProblem("locale", "unsupported", text.english()));
            texts.add(text);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The invitee is not valid", problems, texts);
        }
    }

    public static Invitee participant(String participantId, String name, String email, String locale) {
        return new Invitee(InviteeKind.PARTICIPANT, participantId, name, email, locale);
    }

    public static Invitee networkMember(String participantId, String name, String email, String locale) {
        return new Invitee(InviteeKind.NETWORK_MEMBER, participantId, name, email, locale);
    }

    public static Invitee advisor(String advisorId, String name, String email, String locale) {
        return new Invitee(InviteeKind.ADVISOR, advisorId, name, email, locale);
    }

    public static Invitee guest(String name, String email, String locale) {
        return new Invitee(InviteeKind.GUEST, null, name, email, locale);
    }

    /** Whether this is the same person as an existing invitation, so that nobody is invited twice. */
    boolean sameAs(Invitation invitation) {
        // Two organisations may share a contact address (an adviser who handles both), and each still gets its own
        // invitation; only for a guest is the address the identity.
        if (participantId != null && invitation.participantId() != null) {
            return participantId.equals(invitation.participantId());
        }
        return email.equalsIgnoreCase(invitation.email());
    }
}
