package nl.koploper.cohort.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.koploper.platform.web.PageView;
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
    @Operation(summary = "List the gemeente's Koplopernetwerk (coordinator, platform-admin; a participant user its "
            + "own organisation's memberships)")
    PageView<NetworkMemberView> list(@RequestParam(defaultValue = "false") boolean includeFormer,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return network.list(includeFormer, page, size);
    }

    @PostMapping("/{memberId}/leave")
    @PreAuthorize("hasRole('participant')")
    @Operation(summary = "Leave the Koplopernetwerk, with an optional reason (the member organisation's participant "
            + "user)")
    @ApiResponse(responseCode = "200", description = "Left; the membership as it is now")
    @ApiResponse(responseCode = "403", description = "Only a participant user")
    @ApiResponse(responseCode = "404", description = "No such membership, or another organisation's")
    @ApiResponse(responseCode = "409", description = "rule network-member-not-active: it left or was removed before")
    NetworkMemberView leave(@PathVariable String memberId,
                            @Valid @RequestBody(required = false) LeaveNetworkRequest request) {
        return network.leave(memberId, request == null ? null : request.reason());
    }

    @PostMapping("/{memberId}/remove")
    @PreAuthorize("hasRole('coordinator')")
    @Operation(summary = "Remove a member from the Koplopernetwerk, with a reason (coordinator)")
    @ApiResponse(responseCode = "200", description = "Removed; the membership as it is now")
    @ApiResponse(responseCode = "403", description = "Only a coordinator")
    @ApiResponse(responseCode = "409", description = "rule network-member-not-active: it left or was removed before")
    NetworkMemberView remove(@PathVariable String memberId, @Valid @RequestBody RemoveMemberRequest request) {
        return network.remove(memberId, request.reason());
    }
}
