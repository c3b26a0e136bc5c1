package nl.koploper.cohort.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nl.koploper.cohort.cohort.ParticipantStatus;
import nl.koploper.cohort.organisation.SbiCode;
import nl.koploper.platform.csv.SpreadsheetCsv;
import nl.koploper.platform.web.AmsterdamWallClock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cohort's registrations as a spreadsheet, for the coordinator's own lists (a mail merge, the reception desk at
 * the kick-off, the gemeente's records): every registration, placed, waiting or gone, in Dutch, one row each.
 */
@RestController
class ParticipantExportController {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final Map<String, String> STATUS = Map.of(
            ParticipantStatus.PLACED.name(), "Geplaatst",
            ParticipantStatus.WAITLISTED.name(), "Wachtlijst",
            ParticipantStatus.WITHDRAWN.name(), "Afgemeld",
            ParticipantStatus.REMOVED.name(), "Verwijderd door coördinator");
    private static final Map<String, String> ORGANISATION_TYPE = Map.of(
            "COMPANY", "Bedrijf",
            "MUNICIPALITY", "Gemeente",
            "HOUSING_CORPORATION", "Woningbouwcorporatie",
            "CARE_INSTITUTION", "Zorginstelling",
            "OTHER", "Anders");

    private final RegistrationService registrations;

    ParticipantExportController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/api/cohorts/{cohortId}/participants.csv")
    @PreAuthorize("hasAnyRole('coordinator', 'platform-admin')")
    @Operation(summary = "Download the cohort's registrations as a spreadsheet: CSV, semicolons, Dutch column names "
            + "(coordinator, platform-admin)")
    @ApiResponse(responseCode = "200", description = "One row per registration, in registration order",
            content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "No such cohort in this gemeente")
    ResponseEntity<byte[]> export(@PathVariable String cohortId) {
        SpreadsheetCsv csv = SpreadsheetCsv.withColumns("Organisatie", "KvK-nummer", "Soort organisatie", "SBI-code",
                "FTE", "Straat", "Huisnummer", "Postcode", "Plaats", "Contactpersoon", "E-mail", "Telefoon", "Status",
                "Plaats op wachtlijst", "Aangemeld op", "Geplaatst op", "Vertrokken op", "Reden vertrek");
        for (ParticipantView participant : registrations.all(cohortId)) {
            ParticipantView.Organisation organisation = participant.organisation();
            ParticipantView.Contact contact = participant.contact();
            csv.row(organisation.name(), organisation.kvkNumber(),
                    ORGANISATION_TYPE.getOrDefault(organisation.type(), organisation.type()),
                    new SbiCode(organisation.sbiCode()).dotted(),
                    organisation.sizeFte(), organisation.street(), organisation.houseNumber(),
                    organisation.postalCode(), organisation.city(), contact.name(), contact.email(), contact.phone(),
                    STATUS.get(participant.status().name()), participant.waitlistPosition(),
                    dutch(participant.registeredAt()), dutch(participant.placedAt()), dutch(participant.leftAt()),
                    participant.leaveReason());
        }
        return csv.download("deelnemers-" + cohortId + ".csv");
    }

    private static String dutch(Instant instant) {
        return instant == null ? null : DAY_AND_TIME.format(instant.atZone(AmsterdamWallClock.AMSTERDAM));
    }
}
