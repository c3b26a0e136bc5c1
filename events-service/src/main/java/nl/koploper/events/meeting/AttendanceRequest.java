package nl.koploper.events.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The coordinator's attendance list: who was there and who was not, by invitation. */
record AttendanceRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                         @NotNull @Size(min = 1, max = 2000) List<AttendanceMark> marks) {
}
