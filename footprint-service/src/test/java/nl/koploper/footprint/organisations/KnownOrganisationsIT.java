package nl.koploper.footprint.organisations;

import static nl.koploper.footprint.FootprintApi.CONTACT;
import static nl.koploper.footprint.FootprintApi.newOrganisation;
import static nl.koploper.footprint.FootprintApi.office;
import static nl.koploper.footprint.FootprintApi.problem;
import static nl.koploper.footprint.FootprintApi.promotedJson;
import static nl.koploper.footprint.FootprintApi.registeredJson;
import static nl.koploper.footprint.FootprintApi.removedJson;
import static nl.koploper.footprint.FootprintApi.withdrewJson;
import static nl.koploper.test.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.koploper.footprint.AbstractIT;
import nl.koploper.footprint.FootprintApi;
import nl.koploper.test.KoploperIntegrationTest;
import nl.koploper.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Footprint data is entered only for organisations that take part in one of the gemeente's cohorts, as
 * cohort-service's events on {@code cohort.events.v1} make them known: an id that is no participant gets the 404 of
 * an unknown organisation for every write, and nothing is stored; an organisation that withdrew or was removed keeps
 * its data readable but takes no more; a promotion's contact is the participant login from then on; every event is
 * applied once, in the gemeente it names.
 */
@KoploperIntegrationTest
class KnownOrganisationsIT extends AbstractIT {

    private static final String OVERRIDES = """
            {"overrides": [{"factorKey": "electricity_grey", "effectiveFromYear": 2025, "valueKgCo2e": 0.2,
                            "source": "leverancier"}]}""";
    private static final String NEW_CONTACT = "nieuw@bakkerij-de-koploper.example";

    String gemeente;
    String coordinator;

    @BeforeEach
    void aGemeente() {
        gemeente = gemeenten.newGemeente("known");
        coordinator = bearer(gemeente, "coordinator");
    }

    @Test
    void noWriteForAnIdThatIsNoParticipantOfTheGemeente() throws Exception {
        String stranger = newOrganisation();
        String advisor = bearer(gemeente, "advisor");
        problem(api.putData(coordinator, stranger, 2025, office()), 404);
        problem(api.putData(advisor, stranger, 2025, office()), 404);
        problem(importCsv(coordinator, stranger), 404);
        problem(api.calculate(coordinator, stranger, 2025), 404);
        problem(putOrganisation(stranger, "/baseline", "{\"baselineYear\": 2025}"), 404);
        problem(putOrganisation(stranger, "/factor-overrides", OVERRIDES), 404);
        // a participant of another gemeente is no participant of this one
        String ofOtherGemeente = api.participant(gemeenten.newGemeente("known-b"));
        problem(api.putData(coordinator, ofOtherGemeente, 2025, office()), 404);

        assertThat(storedInGemeente()).isZero();
    }

    @Test
    void anOrganisationThatLeftKeepsItsDataReadableButTakesNoMore() throws Exception {
        String withdrawn = api.participant(gemeente);
        String removed = api.participant(gemeente);
        String etag = api.storedOffice(gemeente, withdrawn, 2025);
        api.storedOffice(gemeente, removed, 2025);
        api.awaitApplied(gemeente, withdrawn, api.sendCohortEvent(gemeente, "participant-withdrew",
                withdrewJson(gemeente, withdrawn)));
        api.awaitApplied(gemeente, removed, api.sendCohortEvent(gemeente, "participant-removed",
                removedJson(gemeente, removed)));
        String contact = "Bearer " + TestTokens.tokenWithEmail(gemeente, CONTACT, "participant");
        long before = storedInGemeente();

        for (String gone : new String[] {withdrawn, removed}) {
            problem(api.putData(coordinator, gone, 2025, office("1"), etag), 404);
            problem(api.putData(coordinator, gone, 2026, office("1")), 404);
            problem(api.putData(contact, gone, 2025, office("1"), etag), 404);
            problem(api.calculate(coordinator, gone, 2025), 404);
            api.getData(coordinator, gone, 2025).andExpect(status().isOk());
            api.getData(contact, gone, 2025).andExpect(status().isOk());
        }
        assertThat(storedInGemeente()).isEqualTo(before);
    }

    @Test
    void aWaitingOrganisationTakesDataAndItsPromotionsContactIsTheParticipantFromThenOn() throws Exception {
        String waiting = UUID.randomUUID().toString();
        api.awaitApplied(gemeente, waiting, api.sendCohortEvent(gemeente, "participant-registered",
                registeredJson(gemeente, waiting, CONTACT, true)));
        String oldContact = "Bearer " + TestTokens.tokenWithEmail(gemeente, CONTACT, "participant");
        String newContact = "Bearer " + TestTokens.tokenWithEmail(gemeente, NEW_CONTACT, "participant");
        api.putData(oldContact, waiting, 2025, office()).andExpect(status().isCreated());
        problem(api.getData(newContact, waiting, 2025), 404);

        api.awaitApplied(gemeente, waiting, api.sendCohortEvent(gemeente, "participant-promoted",
                promotedJson(gemeente, waiting, NEW_CONTACT)));

        api.getData(newContact, waiting, 2025).andExpect(status().isOk());
        api.putData(newContact, waiting, 2025, office("2000").replace(CONTACT, NEW_CONTACT), "\"0\"")
                .andExpect(status().isOk());
        problem(api.getData(oldContact, waiting, 2025), 404);
        problem(api.putData(oldContact, waiting, 2025, office("1"), "\"1\""), 404);
    }

    @Test
    void everyEventIsAppliedOnceSoALateRegistrationDoesNotBringBackAnOrganisationThatLeft() throws Exception {
        String organisation = UUID.randomUUID().toString();
        String registration = registeredJson(gemeente, organisation, CONTACT, false);
        String registered = api.sendCohortEvent(gemeente, "participant-registered", registration);
        api.awaitApplied(gemeente, organisation, registered);
        api.awaitApplied(gemeente, organisation, api.sendCohortEvent(gemeente, "participant-withdrew",
                withdrewJson(gemeente, organisation)));

        // the registration redelivered (same id), then one cohort-service never sent before the departure: both are
        // applied after it in the cohort's order, and neither makes the organisation take part again
        api.sendCohortEvent(gemeente, "participant-registered", registration, registered);
        String late = api.sendCohortEvent(gemeente, "participant-registered", registration);
        api.awaitApplied(gemeente, organisation, late);
        problem(api.putData(coordinator, organisation, 2025, office()), 404);

        // a departure seen before any registration makes the organisation known as gone
        String unseen = UUID.randomUUID().toString();
        api.awaitApplied(gemeente, unseen, api.sendCohortEvent(gemeente, "participant-removed",
                removedJson(gemeente, unseen)));
        api.awaitApplied(gemeente, unseen, api.sendCohortEvent(gemeente, "participant-registered",
                registeredJson(gemeente, unseen, CONTACT, false)));
        problem(api.putData(coordinator, unseen, 2025, office()), 404);
        assertThat(storedInGemeente()).isZero();
    }

    private ResultActions importCsv(String token, String organisationId) throws Exception {
        return http.perform(put(FootprintApi.data(organisationId, 2025) + "/csv").header("Authorization", token)
                .contentType(MediaType.parseMediaType("text/csv"))
                .content("field;value\ncompany.fte;10\n".getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions putOrganisation(String organisationId, String path, String json) throws Exception {
        return http.perform(put("/api/footprints/organisations/" + organisationId + path)
                .header("Authorization", coordinator).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Documents of every collection in the gemeente's footprint database except the known organisations. */
    private long storedInGemeente() {
        var database = mongo.getDatabase("footprint_" + gemeente);
        long count = 0;
        for (String collection : database.listCollectionNames()) {
            if (!collection.equals("known_organisations") && !collection.equals("processed_events")) {
                count += database.getCollection(collection).countDocuments(new Document());
            }
        }
        return count;
    }
}
