package nl.koploper.cohort.certificate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a certificate says it can be checked: the portal's page {@code <public-base-url>/certificaat/<code>}
 * ({@code koploper.public-base-url}, environment {@code KOPLOPER_PUBLIC_BASE_URL}, default the local portal
 * {@code http://localhost:8070}), never the API; the page calls {@code /api/public/certificates/<code>}.
 */
@Component
class CertificateLinks {

    static final String PAGE_PATH = "/certificaat/";

    private final String publicBaseUrl;

    CertificateLinks(@Value("${koploper.public-base-url:http://localhost:8070}") String publicBaseUrl) {
        String url = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8070" : publicBaseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.publicBaseUrl = url;
    }

    /** The page that checks the certificate with this (canonical) verification code. */
    String verificationPage(String code) {
        return publicBaseUrl + PAGE_PATH + code;
    }
}
