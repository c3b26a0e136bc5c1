package nl.koploper.cohort.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.koploper.cohort.cohort.AssignmentEntry;

/** A communication assignment as handed in: title, text and up to five web links (http or https). */
record AssignmentRequest(@NotBlank @Size(max = 200) String title,
                         @NotBlank @Size(max = 20_000) String text,
                         @Size(max = 5) List<@NotBlank @Size(max = 500)
                                 @Pattern(regexp = "https?://[^\\s/?#]+\\.[^\\s]*", message = "must be an http(s) link")
                                 String> links) {

    AssignmentEntry toEntry() {
        return new AssignmentEntry(title, text, links == null ? List.of() : links.stream().map(String::strip).toList());
    }
}
