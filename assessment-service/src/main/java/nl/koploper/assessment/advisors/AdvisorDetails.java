package nl.koploper.assessment.advisors;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.ArrayList;
import java.util.List;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * The body of adding or changing an advisor: name, the e-mail address they sign in with, and the organisation they
 * work for. All three are required; every wrong field is named in one 400 before anything changes.
 */
record AdvisorDetails(
        @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = MAX_TEXT, example = "Sanne de Vries") String name,
        @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = MAX_EMAIL, format = "email",
                description = "The address the advisor signs in with", example = "sanne.devries@groenadvies.nl")
        String email,
        @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = MAX_TEXT, example = "Groen Advies Westerkwartier")
        String organisation) {

    static final int MAX_TEXT = 200;
    static final int MAX_EMAIL = EmailAddresses.MAX_LENGTH;

    static AdvisorDetails valid(AdvisorDetails body) {
        if (body == null) {
            throw new InvalidInputException("name", "Give the advisor's name, e-mail address and organisation");
        }
        List<FieldProblem> problems = new ArrayList<>();
        text(body.name(), "name", "Give the advisor's name", problems);
        if (body.email() == null || body.email().isBlank()) {
            problems.add(new FieldProblem("email", "required", "Give the e-mail address the advisor signs in with"));
        } else if (!EmailAddresses.isValid(body.email().strip())) {
            problems.add(new FieldProblem("email", "not-an-email-address", "This is not an e-mail address"));
        }
        text(body.organisation(), "organisation", "Give the organisation the advisor works for", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The advisor is not valid", problems);
        }
        return new AdvisorDetails(body.name().strip(), body.email().strip(), body.organisation().strip());
    }

    private static void text(String value, String field, String missing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", missing));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "too-long", "At most " + MAX_TEXT + " characters"));
        }
    }
}
