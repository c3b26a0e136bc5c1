package nl.koploper.notification.template;

/** What a message carries besides its HTML and text parts; the sending side produces the attachment itself. */
public enum AttachmentKind {
    NONE,
    /** A {@code text/calendar} part with METHOD REQUEST or CANCEL (RFC 6047). */
    CALENDAR,
    /** The certificate of participation as {@code application/pdf}. */
    CERTIFICATE_PDF
}
