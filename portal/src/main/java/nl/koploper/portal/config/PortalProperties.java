package nl.koploper.portal.config;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal finds the platform and where it is found itself.
 *
 * @param gatewayUri    the gateway every API call goes through (never a service directly)
 * @param publicBaseUrl the address people reach the portal at; the services print and mail links under it
 * @param issuerLogoutUri the issuer's end-session endpoint where the portal is given the issuer's endpoints one by one
 *                      (docker-compose) and so cannot read it from the issuer's metadata; unset where it can
 */
@ConfigurationProperties("koploper.portal")
public record PortalProperties(URI gatewayUri, String publicBaseUrl, URI issuerLogoutUri) {

    public PortalProperties {
        if (gatewayUri == null) {
            gatewayUri = URI.create("http://localhost:8080");
        }
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            publicBaseUrl = "http://localhost:8070";
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }
}
