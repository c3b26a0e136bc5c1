package nl.koploper.assessment.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.koploper.assessment.catalogue.FootprintMeasure;

/** The editable content of an action, checked (see {@link ActionRequests}). */
record ActionFields(String recommendationId, String title, String owner, LocalDate startDate, LocalDate dueDate,
                    ActionStatus status, FootprintMeasure footprintMeasure, BigDecimal expectedCo2SavingKgPerYear,
                    BigDecimal costEur, String notes) {
}
