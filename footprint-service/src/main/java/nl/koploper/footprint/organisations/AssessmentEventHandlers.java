package nl.koploper.footprint.organisations;

import nl.koploper.contracts.assessment.AdvisorAssigned;
import nl.koploper.platform.events.EventHandler;
import nl.koploper.platform.events.RejectedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * assessment-service's advisor assignments: the advisor of an organisation (case id = participant id = organisation
 * id) is the one advisor who reads and enters its footprint data, recognised by the e-mail address of their login
 * (the token's {@code email} claim, as assessment-service does). Events of one case arrive in order (keyed by the
 * case), so a replacement follows the assignment it replaces.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentEventHandlers {

    @Bean
    EventHandler<AdvisorAssigned> rememberTheAdvisor(KnownOrganisations organisations) {
        return EventHandler.of(AdvisorAssigned.class, event -> {
            String advisorId = event.payload().advisorId();
            if (advisorId == null || advisorId.isBlank()) {
                throw new RejectedEventException("An advisor assignment without the advisor's id assigns no one");
            }
            // Assignments from assessment-service's advisor register name the advisor's organisation; the advisor
            // then signs in with the address the register holds. Older ones named the login's subject instead.
            boolean fromRegister = event.payload().advisorOrganisation() != null;
            String email = event.payload().advisor() == null ? null : event.payload().advisor().email();
            if (fromRegister && (email == null || email.isBlank())) {
                throw new RejectedEventException("An advisor assignment without the advisor's e-mail address lets "
                        + "no one in");
            }
            organisations.apply(event, event.payload().participantId(),
                    organisation -> organisation.advisorAssigned(advisorId, fromRegister ? email : null));
        });
    }
}
