package nl.koploper.cohort.registration;

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
import nl.koploper.platform.web.InvalidInputException;
import nl.koploper.platform.web.FieldProblem;

/**
 * An organisation's registration for a cohort, from the coordinator or the public form. Bean Validation checks the
 * shape; {@link #toRegistration()} then checks what only the value types know (KvK number, SBI code, postal code,
 * e-mail, phone, type) and reports every wrong field by its path, so that nothing reaches the domain that it would
 * refuse with an exception.
 */
record RegistrationRequest(
        @NotNull @Valid OrganisationInput organisation,
        @NotNull @Valid ContactInput contact,
        @NotNull @AssertTrue(message = "must be true: an organisation registers only after agreeing to the participation terms")
        Boolean consentToTerms) {

    record OrganisationInput(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 20) String kvkNumber,
            @NotBlank String type,
            @NotBlank @Size(max = 10) String sbiCode,
            @NotNull @Positive @Max(1_000_000) Double sizeFte,
            @NotNull @Valid AddressInput address) {
    }

    record AddressInput(
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 20) String houseNumber,
            @NotBlank @Size(max = 10) String postalCode,
            @NotBlank @Size(max = 100) String city) {
    }

    /** @param locale the language mail to the contact is written in, {@code nl} (when absent) or {@code en} */
    record ContactInput(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 40) String phone,
            @Pattern(regexp = "nl|en", message = "must be nl or en") String locale) {
    }

    Registration toRegistration() {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationType type = type(problems);
        if (!KvkNumber.isValid(organisation.kvkNumber())) {
            problems.add(new FieldProblem("organisation.kvkNumber", "not-a-kvk-number",
                    "must be the 8 digits of a KvK number, e.g. 12345678"));
        }
        if (!SbiCode.isValid(organisation.sbiCode())) {
            problems.add(new FieldProblem("organisation.sbiCode", "not-an-sbi-code",
                    "must be an SBI code of 2 to 5 digits, optionally with CBS's dots, e.g. 6201 or 47.21"));
        }
        if (!Address.isValidPostalCode(organisation.address().postalCode())) {
            problems.add(new FieldProblem("organisation.address.postalCode", "not-a-postal-code",
                    "must be a Dutch postal code, e.g. 9712 AB"));
        }
        if (!ContactPerson.isValidEmail(contact.email().strip())) {
            problems.add(new FieldProblem("contact.email", "not-an-email-address", "must be an e-mail address"));
        }
        if (!ContactPerson.isValidPhone(contact.phone().strip())) {
            problems.add(new FieldProblem("contact.phone", "not-a-phone-number",
                    "must be a phone number of at least 9 digits"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The registration has invalid values", problems);
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

    private OrganisationType type(List<FieldProblem> problems) {
        try {
            return OrganisationType.valueOf(organisation.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("organisation.type", "unknown-organisation-type",
                    "must be one of " + Arrays.toString(OrganisationType.values())));
            return null;
        }
    }
}
