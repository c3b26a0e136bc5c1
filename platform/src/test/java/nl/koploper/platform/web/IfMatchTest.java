package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void ifMatchNamesAVersionStrongOrWeak() {
        assertThat(new IfMatch("\"3\"").expectedVersion()).isEqualTo(3L);
        assertThat(new IfMatch("W/\"3\"").expectedVersion()).isEqualTo(3L);
        assertThat(new IfMatch(" \"12\" ").expectedVersion()).isEqualTo(12L);
        assertThat(new IfMatch(" 7 ").expectedVersion()).isEqualTo(7L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*", " * "})
    void noIfMatchOrAStarAcceptsAnyVersion(String ifMatch) {
        assertThat(new IfMatch(ifMatch).expectedVersion()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"", "W/\"x\"", "\"1\",\"2\""})
    void anIfMatchThatNamesNoVersionOfOursCannotMatch(String ifMatch) {
        assertThatThrownBy(() -> new IfMatch(ifMatch).expectedVersion())
                .isInstanceOf(PreconditionFailedException.class);
    }
}
