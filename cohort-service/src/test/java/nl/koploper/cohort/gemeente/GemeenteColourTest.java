package nl.koploper.cohort.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The house colour: optional, {@code #RRGGBB} in either case and kept in upper case, anything else refused by name. */
class GemeenteColourTest {

    private static GemeenteRequest request(String brandColour) {
        return new GemeenteRequest("kleur", "Gemeente Kleur", new GemeenteRequest.Contact("Ria", "ria@kleur.nl"),
                "Koplopers Kleur", "koplopers@kleur.nl", null, "nl", brandColour);
    }

    @Test
    void aColourIsKeptInUpperCase() {
        assertThat(request("#1a5f8e").toRegistration().details().brandColour()).isEqualTo("#1A5F8E");
        assertThat(request("#FFE600").toChange("kleur").brandColour()).isEqualTo("#FFE600");
    }

    @Test
    void noColourIsAllowed() {
        assertThat(request(null).toRegistration().details().brandColour()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1A5F8E", "#1A5F8", "#1A5F8E0", "#GGGGGG", "red", "#1A5F8E;color:red",
            "#1A5F8E\n", "#1A5F8E}body{display:none}", "rgb(0,0,0)", "#1a5f8e "})
    void anythingButSixHexDigitsIsRefusedNamingTheField(String bad) {
        assertThatThrownBy(() -> request(bad).toChange("kleur"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(tuple("brandColour", "invalid-colour")));
        assertThatThrownBy(() -> new GemeenteDetails("G", "Ria", "ria@kleur.nl", "K", "k@kleur.nl", null, "nl", bad))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
