package nl.koploper.notification.delivery;

/** An attachment's bytes as fetched for one send, with the MIME type and the file name the mail gives it. */
public record FetchedAttachment(String filename, String contentType, byte[] bytes) {
}
