package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A symposium's whole programme, replacing the previous one: items with wall-clock {@code start} and {@code end} in
 * Europe/Amsterdam ({@code 2027-06-12T10:30}; an RFC 3339 time with {@code Z} or an offset is converted to the Amsterdam
 * time of that instant), a title, an optional description and the speakers.
 */
record ProgrammeRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "At most 50 items; an empty list clears "
                + "the programme") List<SessionBody> sessions) {

    record SessionBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-06-12T10:30", description =
                    "Amsterdam wall-clock time, within the symposium; an RFC 3339 time with Z or an offset is "
                    + "converted to the Amsterdam time of that instant") String start,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-06-12T11:15", description =
                    "After start; Amsterdam wall-clock time, within the symposium; an RFC 3339 time with Z or an "
                    + "offset is converted to the Amsterdam time of that instant") String end,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
                    example = "Uitreiking van de Koploperprijs") String title,
            @Schema(maxLength = 2000) String description,
            @Schema(description = "At most 20, in the order announced") List<ProgrammeSession.Speaker> speakers) {
    }

    /** The items, or one 400 naming every wrong field by its path ({@code sessions[2].speakers[0].name}). */
    List<ProgrammeSession> toSessions() {
        Requests requests = new Requests();
        if (sessions == null) {
            requests.problem("sessions", "missing", "Give the programme's items (an empty list clears it)");
        } else if (sessions.size() > Programme.MAX_SESSIONS) {
            requests.problem("sessions", "too-many", "At most " + Programme.MAX_SESSIONS + " programme items");
        }
        List<ProgrammeSession> items = new ArrayList<>();
        for (int n = 0; sessions != null && n < sessions.size() && n < Programme.MAX_SESSIONS; n++) {
            SessionBody body = sessions.get(n);
            if (body == null) {
                requests.problem("sessions[" + n + "]", "missing", "An empty entry in the list");
                continue;
            }
            ProgrammeSession item = requests.attempt("sessions[" + n + "]", () -> new ProgrammeSession(body.start(),
                    body.end(), body.title(), body.description(), body.speakers()));
            if (item != null) {
                items.add(item);
            }
        }
        requests.throwIfAny("The programme is not valid");
        return items;
    }
}
