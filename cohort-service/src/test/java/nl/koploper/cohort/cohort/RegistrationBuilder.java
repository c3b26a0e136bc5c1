package nl.koploper.cohort.cohort;

import nl.koploper.cohort.organisation.Address;
import nl.koploper.cohort.organisation.ContactPerson;
import nl.koploper.cohort.organisation.KvkNumber;
import nl.koploper.cohort.organisation.Organisation;
import nl.koploper.cohort.organisation.OrganisationType;
import nl.koploper.cohort.organisation.SbiCode;

/** Test data builder for registrations: a valid, consenting one unless a test says otherwise. */
final class RegistrationBuilder {

    private String organisationName = "Bakkerij De Koploper";
    private String kvkNumber = "12345678";
    private OrganisationType type = OrganisationType.COMPANY;
    private String sbiCode = "10711";
    private double sizeFte = 12.5;
    private String contactName = "Anna de Vries";
    private String contactEmail = "anna@bakkerij-dekoploper.nl";
    private String locale = "nl";
    private boolean consent = true;

    private RegistrationBuilder() {
    }

    static RegistrationBuilder aRegistration() {
        return new RegistrationBuilder();
    }

    /** The n-th of a series of distinct organisations (own name, KvK number and contact). */
    static RegistrationBuilder organisation(int n) {
        return aRegistration()
                .named("Organisatie " + n)
                .kvk(String.format("%08d", 10_000_000 + n))
                .contact("Contact " + n, "contact" + n + "@example.nl");
    }

    RegistrationBuilder named(String name) {
        this.organisationName = name;
        return this;
    }

    RegistrationBuilder kvk(String kvk) {
        this.kvkNumber = kvk;
        return this;
    }

    RegistrationBuilder type(OrganisationType type) {
        this.type = type;
        return this;
    }

    RegistrationBuilder contact(String name, String email) {
        this.contactName = name;
        this.contactEmail = email;
        return this;
    }

    RegistrationBuilder inEnglish() {
        this.locale = "en";
        return this;
    }

    RegistrationBuilder withoutConsent() {
        this.consent = false;
        return this;
    }

    Registration build() {
        Organisation organisation = new Organisation(organisationName, KvkNumber.parse(kvkNumber), type,
                SbiCode.parse(sbiCode), sizeFte, Address.of("Grote Markt", "1", "9712hn", "Groningen"));
        return new Registration(organisation, new ContactPerson(contactName, contactEmail, "050 123 4567", locale),
                consent);
    }
}
