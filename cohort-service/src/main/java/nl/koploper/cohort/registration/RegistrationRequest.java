package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.koploper.cohort.cohort.Registration;
import nl.koploper.cohort.organisation.Address;
import nl.koploper.cohort.organisation.ContactPerson;
import nl.koploper.cohort.organisation.KvkNumber;
import nl.koploper.cohort.organisation.Organisation;
import nl.koploper.cohort.organisation.OrganisationType;
import nl.koploper.cohort.organisation.SbiCode;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.ProblemText;

/**
 * An organisation's registration for a cohort, from the coordinator or the public form. Bean Validation checks the
 * shape; {@link #toRegistration()} then checks what only the value types know (KvK number, SBI code, postal code,
 * e-mail, phone, type) and reports every wrong field by its path, so that nothing reaches the domain that it would
 * refuse with an exception.
 */
record RegistrationRequest(
        @NotNull @Valid OrganisationInput organisation,
        @NotNull @Valid ContactInput contact,
        @Schema(description = "The organisation agrees to the participation terms; must be true", example = "true")
        @NotNull @AssertTrue(message = "{registration.consentToTerms}")
        Boolean consentToTerms) {

    record OrganisationInput(
            @Schema(example = "Bakkerij De Korenschoof") @NotBlank @Size(max = 200) String name,
            @Schema(description = "The 8 digits of its KvK number", example = "12345678")
            @NotBlank @Size(max = 20) String kvkNumber,
            @Schema(description = "Either case", allowableValues = {"COMPANY", "MUNICIPALITY", "HOUSING_CORPORATION",
                    "CARE_INSTITUTION", "OTHER"}, example = "COMPANY") @NotBlank String type,
            @Schema(description = "2 to 5 digits, CBS's dots optional", example = "10.71")
            @NotBlank @Size(max = 10) String sbiCode,
            @Schema(description = "Size in full-time jobs", example = "12.5") @NotNull @Positive @Max(1_000_000)
            Double sizeFte,
            @NotNull @Valid AddressInput address) {
    }

    record AddressInput(
            @Schema(example = "Hoofdstraat") @NotBlank @Size(max = 200) String street,
            @Schema(example = "12a") @NotBlank @Size(max = 20) String houseNumber,
            @Schema(description = "A Dutch postal code", example = "9801 AB")
            @NotBlank @Size(max = 10) String postalCode,
            @Schema(example = "Zuidhorn") @NotBlank @Size(max = 100) String city) {
    }

    /** @param locale the language mail to the contact is written in, {@code nl} (when absent) or {@code en} */
    record ContactInput(
            @Schema(example = "Jan de Vries") @NotBlank @Size(max = 200) String name,
            @Schema(format = "email", example = "jan@dekorenschoof.nl") @NotBlank @Size(max = 254) String email,
            @Schema(description = "At least 9 digits", example = "0594 123 456") @NotBlank @Size(max = 40) String phone,
            @Schema(description = "The language of mail to the contact", allowableValues = {"nl", "en"},
                    defaultValue = "nl")
            @Pattern(regexp = "nl|en", message = "{registration.contact.locale}") String locale) {
    }

    Registration toRegistration() {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProblemText> texts = new ArrayList<>();
        OrganisationType type = type(problems, texts);
        if (!KvkNumber.isValid(organisation.kvkNumber())) {
            add(problems, texts, "organisation.kvkNumber", "not-a-kvk-number",
                    new ProblemText("registration.kvk-number",
                            "must be the 8 digits of a KvK number, e.g. 12345678"));
        }
        if (!SbiCode.isValid(organisation.sbiCode())) {
            add(problems, texts, "organisation.sbiCode", "not-an-sbi-code",
                    new ProblemText("registration.sbi-code",
                            "must be an SBI code of 2 to 5 digits, optionally with CBS's dots, e.g. 6201 or 47.21"));
        }
        if (!Address.isValidPostalCode(organisation.address().postalCode())) {
            add(problems, texts, "organisation.address.postalCode", "not-a-postal-code",
                    new ProblemText("registration.postal-code",
                            "must be a Dutch postal code, e.g. 9712 AB"));
        }
        if (!EmailAddresses.isValid(contact.email().strip())) {
            add(problems, texts, "contact.email", "not-an-email-address",
                    new ProblemText("registration.email",
                            "must be an e-mail address"));
        }
        if (!ContactPerson.isValidPhone(contact.phone().strip())) {
            add(problems, texts, "contact.phone", "not-a-phone-number",
                    new ProblemText("registration.phone",
                            "must be a phone number of at least 9 digits"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The registration has invalid values", problems, texts);
        }
        try {
            AddressInput address = organisation.address();
            return new Registration(
                    new Organisation(organisation.name().strip(), KvkNumber.parse(organisation.kvkNumber()), type,
                            SbiCode.parse(organisation.sbiCode()), organisation.sizeFte(),
                            Address.of(address.street(), address.houseNumber(), address.postalCode(), address.city())),
                    new ContactPerson(contact.name().strip(), contact.email().strip(), contact.phone().strip(),
                            contact.locale() == null ? ContactPerson.DEFAULT_LOCALE : contact.locale()),
                    consentToTerms);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("registration", e.getMessage()); // a value rule not mirrored above
        }
    }

    private static void add(List<FieldProblem> problems, List<ProblemText> texts, String field, String code,
                            ProblemText message) {
        problems.add(new FieldProblem(field, code, message.english()));
        texts.add(message);
    }

    private OrganisationType type(List<FieldProblem> problems, List<ProblemText> texts) {
        try {
            return OrganisationType.valueOf(organisation.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(problems, texts, "organisation.type", "unknown-organisation-type",
                    new ProblemText("registration.type",
                            "must be one of " + Arrays.toString(OrganisationType.values()),
                            Arrays.toString(OrganisationType.values())));
            return null;
        }
    }
}
