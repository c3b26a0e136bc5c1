package nl.koploper.assessment.advisors;

import java.time.Instant;

/** An advisor as the register API shows them. */
record AdvisorView(String id, String name, String email, String organisation, Instant registeredAt, Long version) {

    static AdvisorView of(RegisteredAdvisor a) {
        return new AdvisorView(a.id(), a.name(), a.email(), a.organisation(), a.registeredAt(), a.version());
    }
}
