package nl.koploper.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.nl", "anna.de.vries+koploper@gemeente.westerkwartier.nl", "j@x.io",
            "o'brien@example.co.uk", "ANNA@EXAMPLE.NL"})
    void addressesAsPeopleWriteThemAreAccepted(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anna", "anna@", "@example.nl", "anna@example", "an na@example.nl", "a@b@example.nl",
            "anna@.example.nl", "anna@example..nl", "anna@example.nl.", " anna@example.nl", "anna@example.nl\n"})
    void anythingElseIsRefused(String text) {
        assertThat(EmailAddresses.isValid(text)).isFalse();
    }

    @Test
    void atMost254Characters() {
        String domain = "@example.nl";
        assertThat(EmailAddresses.isValid("a".repeat(254 - domain.length()) + domain)).isTrue();
        assertThat(EmailAddresses.isValid("a".repeat(255 - domain.length()) + domain)).isFalse();
    }

    @Test
    void addressesAreComparedWithoutSurroundingBlanksAndInLowerCase() {
        assertThat(EmailAddresses.normal("  Info@Bakkerij-De-Vries.NL\t")).isEqualTo("info@bakkerij-de-vries.nl");
        assertThat(EmailAddresses.normal("anna@example.nl")).isEqualTo("anna@example.nl");
    }
}
