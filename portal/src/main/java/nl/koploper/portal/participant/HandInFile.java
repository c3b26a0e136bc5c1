package nl.koploper.portal.participant;

import java.util.Arrays;
import org.springframework.http.MediaType;

/**
 * A file chosen to go with the communication assignment, checked as cohort-service will check it: a PDF, PNG or JPEG
 * of at most the platform's request body limit (1 MB), with a name of 1 to 200 characters without slashes. The type is
 * read from the file's first bytes, not from its name or what the browser claims, so a renamed file is refused here
 * with a clear message instead of being stored under a type it is not.
 */
record HandInFile(String name, MediaType type, byte[] bytes) {

    /** cohort-service refuses a body over 1 MB (its {@code koploper.web.max-body-size}) with 413. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_NAME = 200;

    /** Why a file cannot be handed in, as a message key ({@code assignment.file.<reason>}). */
    enum Refusal { EMPTY, TOO_LARGE, WRONG_TYPE }

    /** The file ready to send, or the reason it is refused. */
    record Checked(HandInFile file, Refusal refusal) {
    }

    static Checked check(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Checked(null, Refusal.EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            return new Checked(null, Refusal.TOO_LARGE);
        }
        MediaType type = typeOf(bytes);
        if (type == null) {
            return new Checked(null, Refusal.WRONG_TYPE);
        }
        return new Checked(new HandInFile(nameOf(originalName, type), type, bytes), null);
    }

    /** PDF, PNG or JPEG by their signatures, or null for anything else. */
    static MediaType typeOf(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return MediaType.APPLICATION_PDF;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return MediaType.IMAGE_PNG;
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return MediaType.IMAGE_JPEG;
        }
        return null;
    }

    /**
     * The name to show: the last part of what the browser sent (old browsers send a whole path), without control
     * characters, at most 200 characters with its extension kept; a file without a usable name gets one.
     */
    static String nameOf(String originalName, MediaType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "communicatieopdracht." + (MediaType.APPLICATION_PDF.equals(type) ? "pdf"
                    : MediaType.IMAGE_PNG.equals(type) ? "png" : "jpg");
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(bytes, signature.length), toBytes(signature));
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
