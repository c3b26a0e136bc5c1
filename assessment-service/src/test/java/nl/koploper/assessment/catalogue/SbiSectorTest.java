package nl.koploper.assessment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SbiSectorTest {

    @Test
    void theSectionOfADivisionFollowsTheSbi() {
        assertThat(SbiSector.sectionOf("0113")).isEqualTo("A");
        assertThat(SbiSector.sectionOf("2410")).isEqualTo("C");
        assertThat(SbiSector.sectionOf("41")).isEqualTo("F");
        assertThat(SbiSector.sectionOf("4690")).isEqualTo("G");
        assertThat(SbiSector.sectionOf("4941")).isEqualTo("H");
        assertThat(SbiSector.sectionOf("56.10")).isEqualTo("I");
        assertThat(SbiSector.sectionOf("6201")).isEqualTo("J");
        assertThat(SbiSector.sectionOf("8610")).isEqualTo("Q");
        assertThat(SbiSector.sectionOf("96021")).isEqualTo("S");
    }

    @Test
    void divisionsWithoutASectionAndUnreadableCodesHaveNone() {
        assertThat(SbiSector.sectionOf("04")).isNull(); // 04 and 05 are not used in the SBI
        assertThat(SbiSector.sectionOf("x1")).isNull();
        assertThat(SbiSector.sectionOf(null)).isNull();
    }
}
