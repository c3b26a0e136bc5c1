package nl.koploper.cohort.network;

import jakarta.validation.constraints.Size;

/** Why a member leaves the network; optional. */
record LeaveNetworkRequest(@Size(max = 1000) String reason) {
}
