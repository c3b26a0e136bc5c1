package nl.koploper.cohort.gemeente;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.tenancy.TenantId;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;

/**
 * A gemeente as a platform-admin sends it: to register it ({@code slug} required) or to change it (PUT, where the
 * slug is the path's and a slug in the body must equal it). Every field is checked here, so that one 400 lists every
 * wrong field by its path ({@code contact.email}, ...) and nothing reaches the store that the domain would refuse.
 *
 * @param slug          the gemeente's identifier and its users' {@code tenant} claim: 2-40 lower-case letters,
 *                      digits and hyphens, starting and ending with a letter or digit; never changes
 * @param logoUrl       optional, https only
 * @param defaultLocale {@code nl} (the default when absent) or {@code en}
 * @param brandColour   optional, the house colour as {@code #RRGGBB} (either case; kept in upper case)
 */
record GemeenteRequest(
        @Schema(description = "Required to register: 2 to 40 lower-case letters, digits and inner hyphens; on PUT "
                + "leave it out (or send the same)", example = "westerkwartier") String slug,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, example = "Gemeente Westerkwartier")
        String displayName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Contact contact,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, description = "The sender of its mail",
                example = "Koplopers Westerkwartier") String senderName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email", example = "koplopers@westerkwartier.nl")
        String replyTo,
        @Schema(description = "https only", example = "https://www.westerkwartier.nl/logo.png") String logoUrl,
        @Schema(allowableValues = {"nl", "en"}, defaultValue = "nl") String defaultLocale,
        @Schema(description = "#RRGGBB, either case", example = "#1A5F8E") String brandColour) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{2,40}");
    /** Paths under /api/gemeenten that are not a gemeente. */
    private static final List<String> RESERVED = List.of("current");
    private static final int MAX_TEXT = 120;

    record Contact(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, example = "Anouk Jansen") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email",
                    example = "a.jansen@westerkwartier.nl") String email) {
    }

    /** The slug of a new gemeente and its details, or a 400 listing every problem. */
    Registration toRegistration() {
        List<FieldProblem> problems = new ArrayList<>();
        if (slug == null || slug.isBlank()) {
            problems.add(new FieldProblem("slug", "required", "is required"));
        } else if (!SLUG.matcher(slug).matches() || !TenantId.isValid(slug)) {
            problems.add(new FieldProblem("slug", "invalid-slug",
                    "must be 2 to 40 lower-case letters, digits and hyphens, not starting or ending with a hyphen"));
        } else if (RESERVED.contains(slug)) {
            problems.add(new FieldProblem("slug", "reserved", "'" + slug + "' is reserved"));
        }
        GemeenteDetails details = details(problems);
        return new Registration(TenantId.of(slug), details);
    }

    /** The changed details of gemeente {@code pathSlug}, or a 400 listing every problem. */
    GemeenteDetails toChange(String pathSlug) {
        List<FieldProblem> problems = new ArrayList<>();
        if (slug != null && !slug.equals(pathSlug)) {
            problems.add(new FieldProblem("slug", "immutable", "a gemeente's slug cannot change; leave it out"));
        }
        return details(problems);
    }

    private GemeenteDetails details(List<FieldProblem> problems) {
        text("displayName", displayName, problems);
        if (contact == null) {
            problems.add(new FieldProblem("contact", "required", "is required: {name, email}"));
        } else {
            text("contact.name", contact.name(), problems);
            email("contact.email", contact.email(), problems);
        }
        text("senderName", senderName, problems);
        email("replyTo", replyTo, problems);
        if (logoUrl != null && !GemeenteDetails.isHttpsUrl(logoUrl)) {
            problems.add(new FieldProblem("logoUrl", "not-https-url", "must be an https URL, e.g. https://gemeente.nl/logo.png"));
        }
        String locale = defaultLocale == null ? "nl" : defaultLocale;
        if (!GemeenteDetails.LOCALES.contains(locale)) {
            problems.add(new FieldProblem("defaultLocale", "unsupported-locale", "must be nl or en"));
        }
        if (brandColour != null && !GemeenteDetails.isColour(brandColour)) {
            problems.add(new FieldProblem("brandColour", "invalid-colour", "must be a colour as #RRGGBB, e.g. #1A5F8E"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The gemeente has invalid values", problems);
        }
        return new GemeenteDetails(displayName.strip(), contact.name().strip(), contact.email().strip(),
                senderName.strip(), replyTo.strip(), logoUrl, locale, brandColour);
    }

    private static void text(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", "is required"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "too-long", "must be at most " + MAX_TEXT + " characters"));
        }
    }

    private static void email(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", "is required"));
        } else if (!EmailAddresses.isValid(value.strip())) {
            problems.add(new FieldProblem(field, "invalid-email", "must be an e-mail address"));
        }
    }

    record Registration(TenantId slug, GemeenteDetails details) {
    }
}
