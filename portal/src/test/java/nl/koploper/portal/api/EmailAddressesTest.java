package nl.koploper.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses the services' own rule accepts and refuses (platform's EmailAddressesTest), judged the same here. */
class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.nl", "anna.de.vries+koploper@gemeente.westerkwartier.nl", "j@x.io",
            "o'brien@example.co.uk"})
    void theServicesAddressesPassThePortalsCheck(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"anna", "anna@", "@example.nl", "anna@example", "an na@example.nl", "a@b@example.nl",
            "anna@.example.nl", "anna@example..nl", "anna@example.nl.", " anna@example.nl"})
    void whatTheServicesRefuseIsRefusedBeforeItIsSent(String text) {
        assertThat(EmailAddresses.isValid(text)).isFalse();
    }
}
