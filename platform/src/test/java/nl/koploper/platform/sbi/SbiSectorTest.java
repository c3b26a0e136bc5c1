package nl.koploper.platform.sbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SbiSectorTest {

    @Test
    void theDivisionIsTheFirstTwoDigitsWithOrWithoutDotsAndSurroundingSpace() {
        assertThat(SbiSector.divisionOf("56.10")).isEqualTo("56");
        assertThat(SbiSector.divisionOf("5610")).isEqualTo("56");
        assertThat(SbiSector.divisionOf(" 56.10 ")).isEqualTo("56");
        assertThat(SbiSector.divisionOf("5.6")).isEqualTo("56");
        assertThat(SbiSector.divisionOf("01.1")).isEqualTo("01");
        assertThat(SbiSector.sectionOf("56.10")).isEqualTo("I");
        assertThat(SbiSector.sectionOf("01.1")).isEqualTo("A");
        assertThat(SbiSector.sectionOf("99")).isEqualTo("U");
    }

    @Test
    void codesWithoutAKnownDivisionHaveNoSection() {
        assertThat(SbiSector.divisionOf(null)).isNull();
        assertThat(SbiSector.divisionOf("5")).isNull();
        assertThat(SbiSector.divisionOf("horeca")).isNull();
        assertThat(SbiSector.divisionOf("5 6")).isNull();
        assertThat(SbiSector.divisionOf("")).isNull();
        // 04 is a well-formed division that SBI 2008 does not use
        assertThat(SbiSector.divisionOf("04.10")).isEqualTo("04");
        assertThat(SbiSector.sectionOf("04.10")).isNull();
        assertThat(SbiSector.sectionOf("00")).isNull();
        assertThat(SbiSector.sectionOf("x1")).isNull();
    }

    @Test
    void theSectionOfADivisionFollowsTheSbi() {
        assertThat(SbiSector.sectionOf("0113")).isEqualTo("A");
        assertThat(SbiSector.sectionOf("2410")).isEqualTo("C");
        assertThat(SbiSector.sectionOf("41")).isEqualTo("F");
        assertThat(SbiSector.sectionOf("4690")).isEqualTo("G");
        assertThat(SbiSector.sectionOf("4941")).isEqualTo("H");
        assertThat(SbiSector.sectionOf("6201")).isEqualTo("J");
        assertThat(SbiSector.sectionOf("8610")).isEqualTo("Q");
        assertThat(SbiSector.sectionOf("96021")).isEqualTo("S");
    }
}
