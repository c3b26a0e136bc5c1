package nl.koploper.cohort.network;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why a member leaves the network; optional. */
record LeaveNetworkRequest(@Schema(example = "Wij stoppen met de winkel in Zuidhorn")
                           @Size(max = 1000) String reason) {
}
