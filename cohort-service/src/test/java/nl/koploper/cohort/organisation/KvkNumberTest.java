package nl.koploper.cohort.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KvkNumberTest {

    @Test
    void eightDigitsAreAKvkNumber() {
        assertThat(new KvkNumber("12345678").value()).isEqualTo("12345678");
    }

    @Test
    void leadingZerosAreKept() {
        assertThat(KvkNumber.parse("01234567").value()).isEqualTo("01234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 5678", " 12345678 ", "12.34.56.78"})
    void spacesAndDotsAsPeopleTypeThemAreDropped(String typed) {
        assertThat(KvkNumber.isValid(typed)).isTrue();
        assertThat(KvkNumber.parse(typed)).isEqualTo(new KvkNumber("12345678"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "NL12345678", "12-345678", "１２３４５６７８"})
    void anythingButEightDigitsIsRefused(String text) {
        assertThat(KvkNumber.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> KvkNumber.parse(text))
                .withMessageContaining("exactly 8 digits");
    }

    @Test
    void onlyTheFormatIsCheckedBecauseKvkNumbersHaveNoCheckDigit() {
        // 12345679 would fail an elfproef; KvK numbers have none, so it is as valid as any other eight digits.
        assertThat(KvkNumber.isValid("12345679")).isTrue();
    }
}
