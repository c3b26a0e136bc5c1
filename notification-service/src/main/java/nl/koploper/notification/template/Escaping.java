package nl.koploper.notification.template;

/** How a value is made safe for the part it goes into. */
final class Escaping {

    private Escaping() {
    }

    /** Text and attribute values alike: the five characters that can end an element or an attribute. */
    static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A subject becomes a mail header: a line break in a value would let it add headers of its own. */
    static String headerLine(String value) {
        return value.replaceAll("[\\r\\n\\t\\u0000-\\u001f\\u007f]+", " ").strip();
    }

    static String plain(String value) {
        return value;
    }
}
