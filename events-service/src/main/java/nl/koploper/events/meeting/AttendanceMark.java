package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of the coordinator's bulk attendance list. */
public record AttendanceMark(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "An active invitation of this meeting",
                example = "b41c7a2e-93f0-4d18-8e6b-0a5f2c9d7e31") String invitationId,
        @Schema(description = "true: was there; false: was not") boolean present) {

    public static AttendanceMark present(String invitationId) {
        return new AttendanceMark(invitationId, true);
    }

    public static AttendanceMark absent(String invitationId) {
        return new AttendanceMark(invitationId, false);
    }
}
