package nl.koploper.cohort.registration;

import jakarta.validation.constraints.Size;

/** Why an organisation withdraws; optional. */
record LeaveRequest(@Size(max = 1000) String reason) {
}
