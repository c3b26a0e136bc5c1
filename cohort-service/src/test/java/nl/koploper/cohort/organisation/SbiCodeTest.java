package nl.koploper.cohort.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SbiCodeTest {

    @ParameterizedTest
    @CsvSource({
            "96021, 96021",     // hairdressers: KvK's five-digit subclass
            "6201, 6201",       // software development: four digits
            "62, 62",           // a division only
            "011, 011",         // a group, leading zero kept
            "47.21, 4721",      // as CBS and the press write it
            "01.13.1, 01131",   // SBI 2025 notation
            "88.91.2, 88912",
            "47.2, 472",
            " 6201 , 6201"
    })
    void codesOfTwoToFiveDigitsAreAcceptedAndStoredWithoutDots(String typed, String stored) {
        assertThat(SbiCode.isValid(typed)).isTrue();
        assertThat(SbiCode.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({"96021, 96.02.1", "6201, 62.01", "472, 47.2", "62, 62", "01131, 01.13.1"})
    void aCodeIsPrintedWithTheDotsCbsWrites(String stored, String printed) {
        assertThat(new SbiCode(stored).dotted()).isEqualTo(printed);
        assertThat(SbiCode.parse(printed).value()).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"6", "620111", "00", "0011", "62a1", "A", "4.721", "472.1", "47..21", "47.21.", "62 01"})
    void anythingElseIsRefused(String text) {
        assertThat(SbiCode.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> SbiCode.parse(text));
    }

    @Test
    void theConstructorTakesOnlyTheStoredDigitForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SbiCode("47.21"))
                .withMessageContaining("2 to 5 digits");
    }

    @Test
    void theDivisionIsTheFirstTwoDigits() {
        assertThat(SbiCode.parse("96.02.1").division()).isEqualTo("96");
    }
}
