package nl.koploper.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class HandInFileTest {

    private static final byte[] PDF = "%PDF-1.4\n".getBytes();

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertThat(HandInFile.typeOf(PDF)).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(HandInFile.typeOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(HandInFile.check("folder.pdf", "<html>".getBytes()).refusal())
                .isEqualTo(HandInFile.Refusal.WRONG_TYPE);
    }

    @Test
    void oneMegabyteIsTheLimitAndEmptyIsRefused() {
        assertThat(HandInFile.check("a.pdf", Arrays.copyOf(PDF, HandInFile.MAX_BYTES)).refusal()).isNull();
        assertThat(HandInFile.check("a.pdf", Arrays.copyOf(PDF, HandInFile.MAX_BYTES + 1)).refusal())
                .isEqualTo(HandInFile.Refusal.TOO_LARGE);
        assertThat(HandInFile.check("a.pdf", new byte[0]).refusal()).isEqualTo(HandInFile.Refusal.EMPTY);
    }

    @Test
    void theNameIsTheLastPartWithoutControlCharactersAndKeepsItsExtensionWhenShortened() {
        assertThat(HandInFile.nameOf("C:\\Users\\anne\\folder\u0007.pdf", MediaType.APPLICATION_PDF))
                .isEqualTo("folder.pdf");
        assertThat(HandInFile.nameOf("/tmp/", MediaType.IMAGE_PNG)).isEqualTo("communicatieopdracht.png");
        String shortened = HandInFile.nameOf("x".repeat(300) + ".jpeg", MediaType.IMAGE_JPEG);
        assertThat(shortened).hasSize(HandInFile.MAX_NAME).endsWith(".jpeg");
    }
}
