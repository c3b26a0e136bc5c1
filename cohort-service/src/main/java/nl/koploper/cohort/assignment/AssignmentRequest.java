package nl.koploper.cohort.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A communication assignment as handed in: title, text and up to five web links (http or https). */
record AssignmentRequest(@Schema(example = "Van oven tot winkel: zo bakt Bakkerij De Korenschoof duurzaam")
                         @NotBlank @Size(max = 200) String title,
                         @Schema(example = "Sinds maart bakken we op groene stroom en halveren we ons restbrood ...")
                         @NotBlank @Size(max = 20_000) String text,
                         @Schema(example = "[\"https://www.dekorenschoof.nl/duurzaam\"]")
                         @Size(max = 5) List<@NotBlank @Size(max = 500)
                                 @Pattern(regexp = "https?://[^\\s/?#]+\\.[^\\s]*", message = "must be an http(s) link")
                                 String> links) {

    AssignmentEntry toEntry() {
        return new AssignmentEntry(title, text, links == null ? List.of() : links.stream().map(String::strip).toList());
    }
}
