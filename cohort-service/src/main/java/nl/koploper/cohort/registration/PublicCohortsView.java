package nl.koploper.cohort.registration;

import java.time.OffsetDateTime;
import java.util.List;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.platform.web.AmsterdamWallClock;

/**
 * A gemeente's public registration page: its name and the cohorts an organisation can register for now. Only what
 * the gemeente publishes anyway; no participant, count of registrations or waiting list length.
 *
 * @param gemeente the gemeente of the path
 * @param cohorts  its cohorts taking registrations, the first registration deadline first (empty when none)
 */
record PublicCohortsView(Gemeente gemeente, List<OpenCohort> cohorts) {

    /**
     * @param slug        the gemeente's slug, as in the path
     * @param name        its display name, e.g. "Gemeente Westerkwartier"
     * @param logoUrl     the https address of its logo (on its own site, public anyway), or null: pages and the
     *                    portal's frame show it to everyone of the gemeente, participants included
     * @param brandColour its house colour as {@code #RRGGBB} (upper case), or null: the portal's frame shows it
     */
    record Gemeente(String slug, String name, String logoUrl, String brandColour) {
    }

    /**
     * @param id                   the cohort id, for {@code POST /api/public/cohorts/<gemeente>/<id>/registrations}
     * @param name                 the cohort's name
     * @param year                 the Koploper year
     * @param maxParticipants      how many organisations get a place
     * @param placesLeft           places still free (0 when full)
     * @param waitingList          true when the cohort is full, so that a registration now goes to the waiting list
     * @param registrationDeadline until when registration is possible, in Dutch local time with its offset
     */
    record OpenCohort(String id, String name, int year, int maxParticipants, int placesLeft, boolean waitingList,
                      OffsetDateTime registrationDeadline) {

        static OpenCohort of(Cohort cohort) {
            int placesLeft = cohort.placesLeft();
            return new OpenCohort(cohort.id(), cohort.name(), cohort.year(), cohort.maximumParticipants(), placesLeft,
                    placesLeft == 0, AmsterdamWallClock.offsetTime(cohort.registrationDeadline()));
        }
    }
}
