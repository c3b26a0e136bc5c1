package nl.koploper.platform.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Collection;
import nl.koploper.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's way to replay dead letters, for platform-admins: under the service's own API prefix, so it is
 * reached through the gateway like the rest of the service ({@code POST /api/assessments/admin/dead-letters/
 * cohort.events.v1.dlt/replay}). Across gemeenten: each replayed event keeps the tenant header it had.
 */
@RestController
@PreAuthorize("hasRole('platform-admin')")
class DeadLetterController {

    private static final String DEAD_LETTERS = "${koploper.api-prefix}/admin/dead-letters";

    private final DeadLetterReplayer replayer;

    DeadLetterController(DeadLetterReplayer replayer) {
        this.replayer = replayer;
    }

    @GetMapping(DEAD_LETTERS)
    @Operation(summary = "List this service's dead-letter topics and whose dead letters a replay takes (platform-admin)",
            description = "One per topic the service consumes: <topic>.dlt, shared by every service that consumes "
                    + "<topic>; this service replays those of its own consumer groups.")
    @ApiResponse(responseCode = "200", description = "The dead-letter topics, by name")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    Collection<DeadLetterReplayer.DeadLetterTopic> list() {
        return replayer.deadLetterTopics().values();
    }

    @PostMapping(DEAD_LETTERS + "/{deadLetterTopic}/replay")
    @Operation(summary = "Replay this service's dead letters of a dead-letter topic to the topic they came from "
            + "(platform-admin)",
            description = "Fix what made them fail first. Takes the dead letters of this service's consumer groups "
                    + "that arrived since the previous replay, up to the topic's end when the call began, and puts "
                    + "each back on its topic with its key, payload and tenant header; consumers deduplicate on the "
                    + "event id. Calling again replays nothing twice: only dead letters that arrived since (a "
                    + "replayed one that failed again, say). complete=false: the call stopped at its time limit, "
                    + "call again for the rest.")
    @ApiResponse(responseCode = "200", description = "Replayed: how many, and how many dead letters of other "
            + "services were passed over")
    @ApiResponse(responseCode = "403", description = "Only a platform-admin")
    @ApiResponse(responseCode = "404", description = "Not a dead-letter topic of this service")
    DeadLetterReplayer.Replay replay(@PathVariable String deadLetterTopic) {
        if (!replayer.deadLetterTopics().containsKey(deadLetterTopic)) {
            throw new NotFoundException("DeadLetterTopic", deadLetterTopic);
        }
        return replayer.replay(deadLetterTopic);
    }
}
