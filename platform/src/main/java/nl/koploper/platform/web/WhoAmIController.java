package nl.koploper.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import nl.koploper.platform.security.CurrentUser;
import nl.koploper.platform.tenancy.PlatformProperties;
import nl.koploper.platform.tenancy.TenantContext;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET <api prefix>/whoami}: which service answered, and the gemeente and roles it took from the token.
 * Lets an operator or a system test check a token's path through the gateway to each service.
 */
@RestController
class WhoAmIController {

    private final PlatformProperties platform;

    WhoAmIController(PlatformProperties platform) {
        this.platform = platform;
    }

    @GetMapping("${koploper.api-prefix}/whoami")
    @Operation(summary = "The service, gemeente and roles the caller's token stands for")
    WhoAmI whoAmI() {
        CurrentUser user = CurrentUser.require();
        return new WhoAmI(platform.serviceName(), TenantContext.current().map(TenantId::value).orElse(null),
                user.roles());
    }

    record WhoAmI(String service, String tenant, List<String> roles) {
    }
}
