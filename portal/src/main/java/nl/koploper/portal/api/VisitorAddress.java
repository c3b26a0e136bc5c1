package nl.koploper.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the gateway whose public request this is: the visitor's address in {@code X-Forwarded-For}. The gateway
 * rate-limits {@code /api/public/**} per client address; without it every visitor of the portal would share the
 * portal's one bucket, and a mailing that makes fifty businesses click at once would lock them all out. The gateway
 * trusts this one hop ({@code GATEWAY_TRUSTED_PROXY_HOPS=1}).
 */
class VisitorAddress implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest visitor = attributes.getRequest();
            request.getHeaders().set("X-Forwarded-For", visitor.getRemoteAddr());
        }
        return execution.execute(request, body);
    }
}
