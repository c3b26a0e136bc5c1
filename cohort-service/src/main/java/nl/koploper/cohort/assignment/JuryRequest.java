package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.koploper.platform.mail.EmailAddresses;

/** The cohort's jurors by the e-mail address their login (a token with role {@code jury}) carries. */
record JuryRequest(@Schema(example = "[\"a.jansen@westerkwartier.nl\", \"p.devries@rabobank.nl\"]")
                   @NotEmpty @Size(max = 20)
                   List<@NotBlank @Email(regexp = EmailAddresses.FORM) @Size(max = EmailAddresses.MAX_LENGTH) String>
                           jurors) {
}
