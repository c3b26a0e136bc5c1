package nl.koploper.cohort.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koploper.cohort.cohort.PageView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gemeente's Koplopernetwerk. Under {@code /api/cohorts} because the gateway routes that prefix here; the literal
 * {@code network} segment takes precedence over a cohort id.
 */
@RestController
@RequestMapping("/api/cohorts/network")
class NetworkController {

    private final NetworkService network;

    NetworkController(NetworkService network) {
        this.network = network;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin', 'participant')")
    PageView<NetworkMemberView> list(@RequestParam(defaultValue = "false") boolean includeFormer,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return network.list(includeFormer, page, size);
    }

    @PostMapping("/{memberId}/leave")
    @PreAuthorize("hasRole('participant')")
    NetworkMemberView leave(@PathVariable String memberId,
                            @Valid @RequestBody(required = false) LeaveNetworkRequest request) {
        return network.leave(memberId, request == null ? null : request.reason());
    }

    @PostMapping("/{memberId}/remove")
    @PreAuthorize("hasRole('coordinator')")
    NetworkMemberView remove(@PathVariable String memberId, @Valid @RequestBody RemoveMemberRequest request) {
        return network.remove(memberId, request.reason());
    }
}
