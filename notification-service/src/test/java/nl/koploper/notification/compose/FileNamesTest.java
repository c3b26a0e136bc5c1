package nl.koploper.notification.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void anOrganisationNameBecomesAPlainLowerCaseAsciiName() {
        assertThat(FileNames.of("certificaat", "Bakkerij Ëlsewijk & Zonen B.V.", "pdf"))
                .isEqualTo("certificaat-bakkerij-elsewijk-zonen-b-v.pdf");
        assertThat(FileNames.of("certificaat", "  'T Hoekje  ", "pdf")).isEqualTo("certificaat-t-hoekje.pdf");
    }

    @Test
    void withoutAUsableNameOnlyThePrefixAndALongNameIsCut() {
        assertThat(FileNames.of("certificaat", null, "pdf")).isEqualTo("certificaat.pdf");
        assertThat(FileNames.of("certificaat", "/../\\\"*?", "pdf")).isEqualTo("certificaat.pdf");
        assertThat(FileNames.of("certificaat", "a".repeat(59) + " bcd", "pdf"))
                .isEqualTo("certificaat-" + "a".repeat(59) + ".pdf");
    }
}
