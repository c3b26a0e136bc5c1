package nl.koploper.local.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every delivery the SMTP server took, in order: one line per recipient, {@code <n>\t<epoch ms>\t<calendar|plain>\t
 * <address>}, numbered from 1. A reader asks for the lines after the last number it has seen.
 */
final class Arrivals {

    private final List<String> lines = new ArrayList<>();

    synchronized void add(long epochMillis, String address, boolean calendar) {
        lines.add((lines.size() + 1) + "\t" + epochMillis + "\t" + (calendar ? "calendar" : "plain") + "\t"
                + address.toLowerCase(Locale.ROOT) + "\n");
    }

    /** The lines numbered above {@code after}, each ending in a newline; empty when there are none. */
    synchronized String after(long after) {
        StringBuilder text = new StringBuilder();
        for (int i = (int) Math.min(after, lines.size()); i < lines.size(); i++) {
            text.append(lines.get(i));
        }
        return text.toString();
    }

    /** The value of {@code after} in a query string, or null when it is missing or not a number ≥ 0. */
    static Long afterParameter(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("after=")) {
                String value = pair.substring("after=".length());
                if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return null;
                }
                return Long.parseLong(value);
            }
        }
        return null;
    }

    /** Whether the mail is, or somewhere contains, a {@code text/calendar} part (a meeting invitation). */
    static boolean carriesCalendar(Part part) {
        try {
            if (part.isMimeType("text/calendar")) {
                return true;
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (carriesCalendar(child)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (MessagingException | IOException e) {
            return false;
        }
    }
}
