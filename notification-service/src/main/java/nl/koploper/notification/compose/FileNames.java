package nl.koploper.notification.compose;

import java.text.Normalizer;
import java.util.Locale;

/** File names for attachments from what people typed: ASCII, lower case, hyphens; safe in every mail client. */
public final class FileNames {

    private static final int MAX_SLUG = 60;

    private FileNames() {
    }

    /** {@code prefix-<slug of name>.extension}, e.g. {@code certificaat-bakkerij-elsewijk-zonen.pdf}; without a usable name just {@code prefix.extension}. */
    public static String of(String prefix, String name, String extension) {
        String slug = slug(name);
        return (slug.isEmpty() ? prefix : prefix + "-" + slug) + "." + extension;
    }

    static String slug(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }
}
