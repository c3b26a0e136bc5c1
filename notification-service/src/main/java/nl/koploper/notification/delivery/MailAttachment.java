package nl.koploper.notification.delivery;

import java.util.Objects;
import nl.koploper.notification.template.AttachmentKind;

/**
 * A file a mail carries, named when the mail is composed and fetched when it is sent ({@link AttachmentFetcher}):
 * the file itself is never stored with the mail, so the pending mail stays small and the file is the one its owner
 * serves at the time of sending.
 *
 * @param kind      what it is; decides where it is fetched from
 * @param reference which one, in the owner's terms (for {@link AttachmentKind#CERTIFICATE_PDF}: the verification code)
 * @param filename  the name the recipient sees, e.g. {@code certificaat-bakkerij-de-vries.pdf}
 */
public record MailAttachment(AttachmentKind kind, String reference, String filename) {

    public MailAttachment {
        Objects.requireNonNull(kind, "kind");
        if (kind != AttachmentKind.CERTIFICATE_PDF) {
            // The calendar object is an alternative of the body (MailContent.calendar), not a fetched file.
            throw new IllegalArgumentException("Only a certificate PDF is fetched as an attachment, not " + kind);
        }
        if (reference == null || !reference.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("An attachment reference must be letters, digits and hyphens");
        }
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name");
        }
    }

    public static MailAttachment certificatePdf(String verificationCode, String filename) {
        return new MailAttachment(AttachmentKind.CERTIFICATE_PDF, verificationCode, filename);
    }
}
