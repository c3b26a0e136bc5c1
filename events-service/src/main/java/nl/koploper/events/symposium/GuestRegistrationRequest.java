package nl.koploper.events.symposium;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The public symposium form: who the guest is and the language to write to them in ({@code nl} or {@code en},
 * default {@code nl}).
 */
record GuestRegistrationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Marieke Jansen") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "m.jansen@groenebakker.nl") String email,
        @Schema(allowableValues = {"nl", "en"}, defaultValue = "nl") String locale) {
}
