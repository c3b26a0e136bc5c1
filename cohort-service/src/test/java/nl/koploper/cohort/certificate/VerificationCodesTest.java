package nl.koploper.cohort.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesAreSixteenCrockfordCharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.generate();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{16}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void aTypedCodeIsReadAsPrintedInAnyCaseWithOrWithoutHyphensAndLookAlikes() {
        assertThat(VerificationCodes.display("7KQ2M9XD0A1B2C3D")).isEqualTo("7KQ2-M9XD-0A1B-2C3D");
        assertThat(VerificationCodes.normalize("7kq2-m9xd-oa1b-2c3d")).contains("7KQ2M9XD0A1B2C3D");
        assertThat(VerificationCodes.normalize(" 7KQ2 M9XD 0AIB 2C3D ")).contains("7KQ2M9XD0A1B2C3D");
    }

    @Test
    void somethingThatCannotBeACodeIsRejected() {
        assertThat(VerificationCodes.normalize("7KQ2-M9XD")).isEmpty();
        assertThat(VerificationCodes.normalize("7KQ2M9XD0A1B2C3U")).isEmpty();
        assertThat(VerificationCodes.normalize("'; drop table")).isEmpty();
        assertThat(VerificationCodes.normalize(null)).isEmpty();
    }
}
