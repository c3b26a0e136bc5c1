package nl.koploper.contracts.assessment;

import java.time.Instant;
import java.util.List;
import nl.koploper.contracts.EventType;
import nl.koploper.contracts.Topics;

/**
 * The nulmeting visit moved in time or place: one update per recipient, with the same UID and the higher SEQUENCE in
 * {@code visit}.
 *
 * @param previousStart    the start before the change, ISO-8601 with offset (for "moved from … to …")
 * @param previousEnd      the end before the change, ISO-8601 with offset
 * @param previousLocation the location before the change
 * @param recipients       the participant's contact person and the advisor (who may have changed since planning)
 */
@EventType(value = "nl.koploper.assessment.nulmeting-visit-rescheduled.v1", topic = Topics.ASSESSMENT_EVENTS)
public record NulmetingVisitRescheduled(String tenantId, String caseId, String cohortId, String participantId,
                                        String organisationName, VisitDetails visit, String previousStart,
                                        String previousEnd, String previousLocation,
                                        List<AssessmentRecipient> recipients, Instant rescheduledAt) {
}
