package nl.koploper.cohort.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationValuesTest {

    private static final Address ADDRESS = Address.of("Grote Markt", "1", "9712 HN", "Groningen");
    private static final KvkNumber KVK = new KvkNumber("12345678");
    private static final SbiCode SBI = new SbiCode("6201");

    @ParameterizedTest
    @ValueSource(strings = {"9712HN", "9712 hn", " 9712  HN "})
    void aPostalCodeIsKeptAsFourDigitsSpaceTwoLetters(String typed) {
        assertThat(Address.of("Grote Markt", "1", typed, "Groningen").postalCode()).isEqualTo("9712 HN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0712 HN", "971 HN", "9712 H", "9712 SS", "ABCD EF", ""})
    void anInvalidPostalCodeIsRefused(String typed) {
        assertThat(Address.isValidPostalCode(typed)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Address.of("Grote Markt", "1", typed, "Groningen"));
    }

    @Test
    void anAddressNeedsStreetNumberAndCity() {
        assertThatIllegalArgumentException().isThrownBy(() -> Address.of(" ", "1", "9712 HN", "Groningen"));
        assertThatIllegalArgumentException().isThrownBy(() -> Address.of("Grote Markt", "", "9712 HN", "Groningen"));
        assertThatIllegalArgumentException().isThrownBy(() -> Address.of("Grote Markt", "1", "9712 HN", null));
    }

    @Test
    void aContactIsWrittenToInDutchUnlessItAsksForEnglish() {
        assertThat(new ContactPerson("Anna", "anna@example.nl", "050 123 4567").locale()).isEqualTo("nl");
        assertThat(new ContactPerson("Anna", "anna@example.nl", "+31 6 1234 5678", "en").locale()).isEqualTo("en");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ContactPerson("Anna", "anna@example.nl", "050 123 4567", "de"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "@example.nl", "anna@example", "an na@example.nl", "a@b@example.nl"})
    void anInvalidEmailIsRefused(String email) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ContactPerson("Anna", email, "050 123 4567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "050-abc-4567", "phone", "+31"})
    void anInvalidPhoneNumberIsRefused(String phone) {
        assertThat(ContactPerson.isValidPhone(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"050-123 45 67", "+31 6 1234 5678", "0612345678", "(050) 1234567"})
    void phoneNumbersAsPeopleWriteThemAreAccepted(String phone) {
        assertThat(ContactPerson.isValidPhone(phone)).isTrue();
    }

    @Test
    void anOrganisationNeedsAPositiveSize() {
        assertThat(new Organisation("Zorggroep Noord", KVK, OrganisationType.CARE_INSTITUTION, SBI, 0.5, ADDRESS)
                .sizeFte()).isEqualTo(0.5);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Organisation("Zorggroep Noord", KVK, OrganisationType.CARE_INSTITUTION, SBI, 0, ADDRESS));
        assertThatIllegalArgumentException().isThrownBy(() -> new Organisation("Zorggroep Noord", KVK,
                OrganisationType.CARE_INSTITUTION, SBI, Double.NaN, ADDRESS));
    }

    @Test
    void anOrganisationNeedsItsNameKvkNumberTypeAndSector() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Organisation(" ", KVK, OrganisationType.COMPANY, SBI, 3, ADDRESS));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Organisation("Garage Noord", null, OrganisationType.COMPANY, SBI, 3, ADDRESS));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Organisation("Garage Noord", KVK, null, SBI, 3, ADDRESS));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Organisation("Garage Noord", KVK, OrganisationType.COMPANY, null, 3, ADDRESS));
    }
}
