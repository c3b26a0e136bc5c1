package nl.koploper.cohort.assignment;

import java.util.List;

/** What a participant hands in for its communication assignment: a title, the text, and optional links. */
public record AssignmentEntry(String title, String text, List<String> links) {

    public AssignmentEntry {
        if (title == null || title.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("An assignment needs a title and a text");
        }
        title = title.strip();
        text = text.strip();
        links = links == null ? List.of() : List.copyOf(links);
    }
}
