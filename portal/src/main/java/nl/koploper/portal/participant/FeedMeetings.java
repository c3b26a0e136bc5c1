package nl.koploper.portal.participant;

import java.util.ArrayList;
import java.util.List;

/**
 * Which meetings a participant's personal calendar feed holds. events-service has no JSON list of a participant's
 * meetings; the feed (RFC 5545, one VEVENT per meeting in order of start) is where it lists them, with each event's
 * UID being the meeting's id followed by {@code @meetings.koploper.nl}. The portal reads only those ids from it and
 * asks for each meeting's details and the participant's answer as JSON.
 */
final class FeedMeetings {

    private FeedMeetings() {
    }

    /** The meeting ids of the feed's events, in the feed's order, each once. */
    static List<String> ids(String ics) {
        List<String> ids = new ArrayList<>();
        if (ics == null) {
            return ids;
        }
        // A long content line is folded: a line break followed by one space or tab continues it (RFC 5545 3.1).
        String unfolded = ics.replaceAll("\r?\n[ \t]", "");
        boolean inEvent = false;
        for (String line : unfolded.split("\r?\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (line.equals("END:VEVENT")) {
                inEvent = false;
            } else if (inEvent && line.startsWith("UID:")) {
                String uid = line.substring(4).strip();
                int at = uid.indexOf('@');
                String id = at < 0 ? uid : uid.substring(0, at);
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
