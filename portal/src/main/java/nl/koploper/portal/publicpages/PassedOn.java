package nl.koploper.portal.publicpages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A file from the platform handed on to the browser with only its type, name and length. */
public final class PassedOn {

    private PassedOn() {
    }

    public static ResponseEntity<byte[]> file(ResponseEntity<byte[]> fromPlatform) {
        HttpHeaders headers = new HttpHeaders();
        HttpHeaders source = fromPlatform.getHeaders();
        if (source.getContentType() != null) {
            headers.setContentType(source.getContentType());
        }
        String disposition = source.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return new ResponseEntity<>(fromPlatform.getBody(), headers, fromPlatform.getStatusCode());
    }
}
