package nl.koploper.events.meeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import nl.koploper.platform.web.FieldProblem;
import nl.koploper.platform.web.InvalidInputException;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A symposium's programme: its items in time order, each within the meeting. Empty for every other meeting. Stored
 * inside the meeting document as its top-level {@code programme}, the name meeting documents have always had.
 */
final class Programme {

    static final int MAX_SESSIONS = 50;

    @Field("programme")
    private List<ProgrammeSession> sessions = new ArrayList<>();

    Programme() {
    }

    /**
     * Replaces the whole programme. Every item must lie within {@code meeting}; the whole list is checked before
     * anything changes.
     */
    void replace(List<ProgrammeSession> replacement, MeetingTime meeting) {
        if (replacement.size() > MAX_SESSIONS) {
            throw new InvalidInputException("sessions", "At most " + MAX_SESSIONS + " programme items");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int n = 0; n < replacement.size(); n++) {
            ProgrammeSession session = replacement.get(n);
            if (session.startTime().isBefore(meeting.start())) {
                problems.add(new FieldProblem("sessions[" + n + "].start", "outside-meeting",
                        "The item starts before the symposium does (" + meeting.start() + ")"));
            }
            if (session.endTime().isAfter(meeting.end())) {
                problems.add(new FieldProblem("sessions[" + n + "].end", "outside-meeting",
                        "The item ends after the symposium does (" + meeting.end() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The programme is not valid", problems);
        }
        sessions = new ArrayList<>(replacement.stream().sorted(Comparator.comparing(ProgrammeSession::startTime))
                .toList());
    }

    List<ProgrammeSession> sessions() {
        return sessions == null ? List.of() : Collections.unmodifiableList(sessions);
    }
}
