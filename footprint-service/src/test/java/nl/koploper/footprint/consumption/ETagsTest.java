package nl.koploper.footprint.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.koploper.platform.web.PreconditionFailedException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void aVersionIsAStrongTag() {
        assertThat(ETags.of(3L)).isEqualTo("\"3\"");
    }

    @Test
    void ifMatchNamesAVersionStrongOrWeakAndStarOrNothingNamesNone() {
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion("W/\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion(" \"12\" ")).isEqualTo(12L);
        assertThat(ETags.expectedVersion("*")).isNull();
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion("")).isNull();
    }

    @Test
    void anIfMatchThatIsNoVersionOfOursCannotMatch() {
        assertThatThrownBy(() -> ETags.expectedVersion("\"abc\"")).isInstanceOf(PreconditionFailedException.class);
    }
}
