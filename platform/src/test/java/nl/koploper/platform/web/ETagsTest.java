package nl.koploper.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void aVersionIsAStrongTag() {
        assertThat(ETags.of(3L)).isEqualTo("\"3\"");
    }
}
