package nl.koploper.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** WCAG 2.1 contrast with known pairs, and what the frame does with colours light, dark and in between. */
class HouseColourTest {

    private static HouseColour colour(String hex) {
        return HouseColour.parse(hex).orElseThrow();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}:1")
    @CsvSource({
        "#000000, #FFFFFF, 21.0",
        "#FFFFFF, #FFFFFF, 1.0",
        "#777777, #FFFFFF, 4.48",   // the classic grey just below AA
        "#767676, #FFFFFF, 4.54",   // and the one just above
        "#1F6B3A, #FFFFFF, 6.52",   // the portal's own green
        "#FFE600, #1B1F23, 13.08",
        "#FF0000, #FFFFFF, 4.0",
        "#0000FF, #FFFFFF, 8.59"})
    void contrastAsWcagDefinesIt(String one, String other, double ratio) {
        assertThat(colour(one).contrastWith(colour(other))).isCloseTo(ratio, within(0.01));
        assertThat(colour(other).contrastWith(colour(one))).isCloseTo(ratio, within(0.01));
    }

    @Test
    void aDarkColourGetsWhiteHeaderTextAndLinksInItself() {
        HouseColour blue = colour("#1A5F8E");
        assertThat(blue.headerText()).isEqualTo(HouseColour.WHITE);
        assertThat(blue.readableAsLink()).isTrue();
        assertThat(blue.darker()).isEqualTo(colour("#13476A"));
        assertThat(blue.darker().contrastWithWhite()).isGreaterThan(blue.contrastWithWhite());
    }

    @Test
    void aLightColourGetsDarkHeaderTextAndLinksKeepThePortalsColour() {
        HouseColour yellow = colour("#FFE600");
        assertThat(yellow.headerText()).isEqualTo(HouseColour.INK);
        assertThat(yellow.headerContrast()).isGreaterThanOrEqualTo(4.5);
        assertThat(yellow.readableAsLink()).isFalse();
    }

    @Test
    void aMidGreyWhereNeitherWhiteNorInkReadsGetsBlack() {
        HouseColour grey = colour("#808080");
        assertThat(grey.contrastWithWhite()).isLessThan(4.5);
        assertThat(grey.contrastWith(HouseColour.INK)).isLessThan(4.5);
        assertThat(grey.headerText()).isEqualTo(HouseColour.BLACK);
        assertThat(grey.headerContrast()).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void linksTakeTheColourOnlyWhereItReadsOnTheTintedPanelsToo() {
        // 4.54:1 on white, under 4.5:1 on the success and error panels
        assertThat(colour("#767676").contrastWithWhite()).isGreaterThan(4.5);
        assertThat(colour("#767676").readableAsLink()).isFalse();
    }

    @Test
    void everyColourGetsHeaderTextOfAtLeastAa() {
        for (int grey = 0; grey < 256; grey++) {
            for (int hue = 0; hue < 6; hue++) {
                String hex = switch (hue) {
                    case 0 -> "#%02X%02X%02X".formatted(grey, grey, grey);
                    case 1 -> "#%02X0000".formatted(grey);
                    case 2 -> "#00%02X00".formatted(grey);
                    case 3 -> "#0000%02X".formatted(grey);
                    case 4 -> "#%02X%02XFF".formatted(grey, grey);
                    default -> "#FF%02X%02X".formatted(grey, 255 - grey);
                };
                HouseColour colour = colour(hex);
                assertThat(colour.headerContrast()).as(hex).isGreaterThanOrEqualTo(4.5);
                if (colour.readableAsLink()) {
                    assertThat(colour.contrastWithWhite()).as(hex).isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }

    @Test
    void parsesSixHexDigitsInEitherCaseOnly() {
        assertThat(HouseColour.parse("#1a5f8e")).contains(new HouseColour("#1A5F8E"));
        assertThat(colour("#1A5F8E").digits()).isEqualTo("1A5F8E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1A5F8E0", "#1A5F8", "#GGGGGG", "red", "#1A5F8E;", "#1A5F8E\n",
            "#FFF}a{x", "\"#FFFFF", "#1A5F8E "})
    void anythingElseIsNoColour(String text) {
        assertThat(HouseColour.parse(text)).isEmpty();
        assertThatThrownBy(() -> new HouseColour(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notTextIsNoColourEither() {
        assertThat(HouseColour.parse(null)).isEmpty();
        assertThat(HouseColour.parse(0x1A5F8E)).isEmpty();
    }
}
