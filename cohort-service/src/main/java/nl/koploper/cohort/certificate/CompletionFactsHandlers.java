package nl.koploper.cohort.certificate;

import nl.koploper.contracts.assessment.ActionPlanStarted;
import nl.koploper.contracts.assessment.NulmetingCompleted;
import nl.koploper.contracts.assessment.ProfilePublished;
import nl.koploper.contracts.meeting.MeetingAttendanceRecorded;
import nl.koploper.platform.events.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the certificate's criteria learn from assessment-service and events-service. */
@Configuration(proxyBeanMethods = false)
class CompletionFactsHandlers {

    @Bean
    EventHandler<NulmetingCompleted> keepNulmetingCompleted(CompletionFacts facts) {
        return EventHandler.of(NulmetingCompleted.class, facts::nulmetingCompleted);
    }

    @Bean
    EventHandler<ProfilePublished> keepProfilePublished(CompletionFacts facts) {
        return EventHandler.of(ProfilePublished.class, facts::profilePublished);
    }

    @Bean
    EventHandler<ActionPlanStarted> keepActionPlanStarted(CompletionFacts facts) {
        return EventHandler.of(ActionPlanStarted.class, facts::actionPlanStarted);
    }

    @Bean
    EventHandler<MeetingAttendanceRecorded> keepAttendance(CompletionFacts facts) {
        return EventHandler.of(MeetingAttendanceRecorded.class, facts::attendanceRecorded);
    }
}
