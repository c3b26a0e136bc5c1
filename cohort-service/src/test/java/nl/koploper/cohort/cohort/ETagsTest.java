package nl.koploper.cohort.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koploper.platform.web.PreconditionFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @Test
    void aCohortsETagIsItsVersionQuoted() {
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion("W/\"3\"")).isEqualTo(3L);
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
