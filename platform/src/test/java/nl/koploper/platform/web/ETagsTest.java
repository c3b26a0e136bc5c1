package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @Test
    void aVersionIsAStrongTag() {
        assertThat(ETags.of(3L)).isEqualTo("\"3\"");
    }

    @Test
    void ifMatchNamesAVersionStrongOrWeak() {
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion("W/\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion(" \"12\" ")).isEqualTo(12L);
        assertThat(ETags.expectedVersion(" 7 ")).isEqualTo(7L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*", " * "})
    void noIfMatchOrAStarAcceptsAnyVersion(String ifMatch) {
        assertThat(ETags.expectedVersion(ifMatch)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"", "W/\"x\""})
    void anIfMatchThatNamesNoVersionOfOursCannotMatch(String ifMatch) {
        assertThatThrownBy(() -> ETags.expectedVersion(ifMatch)).isInstanceOf(PreconditionFailedException.class);
    }
}
