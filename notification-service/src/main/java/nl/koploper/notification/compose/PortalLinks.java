package nl.koploper.notification.compose;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Every link this service mails: a page of the portal under the one public base URL ({@code koploper.public-base-url},
 * environment {@code KOPLOPER_PUBLIC_BASE_URL}, default the local portal {@code http://localhost:8070}), never an API
 * endpoint. The pages and their paths are fixed by the portal:
 * <ul>
 *   <li>certificate check {@code <base>/certificaat/<code>}</li>
 *   <li>a case's published profile {@code <base>/profiel/<caseId>}</li>
 *   <li>a case's action plan {@code <base>/actieplan/<caseId>}</li>
 *   <li>a case's page for its advisor {@code <base>/adviseur/organisaties/<caseId>}</li>
 *   <li>unsubscribe {@code <base>/afmelden?token=<token>}</li>
 * </ul>
 * The portal page calls the public or signed-in API itself. A value from an event that cannot make a link to the
 * right page (missing, {@code .} or {@code ..}, too long) refuses the event rather than mailing a link somewhere else.
 */
@Component
public class PortalLinks {

    /** Where the portal runs on a developer's machine. */
    public static final String DEFAULT_BASE_URL = "http://localhost:8070";

    private static final int MAX_SEGMENT = 200;

    private final String baseUrl;

    public PortalLinks(@Value("${koploper.public-base-url:" + DEFAULT_BASE_URL + "}") String baseUrl) {
        String url = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.baseUrl = url;
    }

    /** The public base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The certificate check page of {@code code} (the verification code as the event carries it). */
    public URI certificate(String code) {
        if (code == null || !code.matches("[A-Za-z0-9-]{1,64}")) {
            throw new RejectedEventException("Refused: '" + code + "' is not a certificate verification code");
        }
        return URI.create(baseUrl + "/certificaat/" + code);
    }

    /** The page of the case's published profile (the portal shows its newest published version). */
    public URI profile(String caseId) {
        return URI.create(baseUrl + "/profiel/" + segment(caseId, "case id"));
    }

    /** The page of the case's action plan (DuOn-Agenda). */
    public URI actionPlan(String caseId) {
        return URI.create(baseUrl + "/actieplan/" + segment(caseId, "case id"));
    }

    /** The advisor's page of the case (visit, review, profile). */
    public URI advisorCase(String caseId) {
        return URI.create(baseUrl + "/adviseur/organisaties/" + segment(caseId, "case id"));
    }

    /** The coordinator's page of a group: its proposals (with "choose the place and confirm"), withdrawals, meetings. */
    public URI coordinatorGroup(String cohortId) {
        return URI.create(baseUrl + "/coordinator/groepen/" + segment(cohortId, "cohort id"));
    }

    /** Where the coordinator sees who withdrew from a group: the group's page, at its list of who left. */
    public URI coordinatorWithdrawals(String cohortId) {
        return URI.create(coordinatorGroup(cohortId) + "#afgemeld");
    }

    /** The end-of-year page of a group, at the handed-in communication assignments. */
    public URI coordinatorHandIns(String cohortId) {
        return URI.create(coordinatorGroup(cohortId) + "/afronding#inzendingen");
    }

    /** The coordinator's delivery log, showing the mails that failed for good (each can be sent again there). */
    public URI coordinatorFailedMails() {
        return URI.create(baseUrl + "/coordinator/e-mails?status=FAILED");
    }

    /** The unsubscribe page for a signed unsubscribe token (the same token the public API takes). */
    public String unsubscribe(String token) {
        return baseUrl + "/afmelden?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String segment(String value, String what) {
        if (value == null || value.isBlank() || value.length() > MAX_SEGMENT
                || value.equals(".") || value.equals("..")) {
            throw new RejectedEventException("Refused: '" + value + "' is not a usable " + what + " for a link");
        }
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
