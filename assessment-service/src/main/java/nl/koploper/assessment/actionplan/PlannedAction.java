package nl.koploper.assessment.actionplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.koploper.assessment.catalogue.FootprintMeasure;

/**
 * One action of the plan: taken from a recommendation of the published profile ({@code recommendationId}) or the
 * organisation's own. Amounts are kept as decimal text (exact, as entered).
 *
 * <p>{@code overdueNoticeFor} is the due date whose overdue notice was recorded: one notice per action and due date,
 * and a moved due date no longer equals it, so the new date may bring a new notice.
 */
public class PlannedAction {

    private String id;
    private String recommendationId;
    private String title;
    private String owner;
    private LocalDate startDate;
    private LocalDate dueDate;
    private ActionStatus status;
    private FootprintMeasure footprintMeasure;
    private String expectedCo2SavingKgPerYear;
    private String costEur;
    private String notes;
    private List<ProgressUpdate> progress = new ArrayList<>();
    private LocalDate overdueNoticeFor;
    private Instant createdAt;
    private Instant updatedAt;

    @org.springframework.data.annotation.PersistenceCreator
    PlannedAction() {
    }

    PlannedAction(String id, ActionFields fields, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(fields, now);
    }

    void apply(ActionFields f, Instant now) {
        this.recommendationId = f.recommendationId();
        this.title = f.title();
        this.owner = f.owner();
        this.startDate = f.startDate();
        this.dueDate = f.dueDate();
        this.status = f.status();
        this.footprintMeasure = f.footprintMeasure();
        this.expectedCo2SavingKgPerYear = text(f.expectedCo2SavingKgPerYear());
        this.costEur = text(f.costEur());
        this.notes = f.notes();
        this.updatedAt = now;
    }

    void addProgress(ProgressUpdate update) {
        progress.add(update);
        updatedAt = update.recordedAt();
    }

    /** Overdue on {@code today}: the due date has passed and the action is neither done nor dropped. */
    boolean overdue(LocalDate today) {
        return !status.finished() && dueDate.isBefore(today);
    }

    /** Whether an overdue notice is owed for the current due date. */
    boolean noticeOwed(LocalDate today) {
        return overdue(today) && !dueDate.equals(overdueNoticeFor);
    }

    void noticed() {
        overdueNoticeFor = dueDate;
    }

    private static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    public String id() {
        return id;
    }

    public String recommendationId() {
        return recommendationId;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionStatus status() {
        return status;
    }

    public FootprintMeasure footprintMeasure() {
        return footprintMeasure;
    }

    public BigDecimal expectedCo2SavingKgPerYear() {
        return decimal(expectedCo2SavingKgPerYear);
    }

    public BigDecimal costEur() {
        return decimal(costEur);
    }

    public String notes() {
        return notes;
    }

    public List<ProgressUpdate> progress() {
        return Collections.unmodifiableList(progress);
    }

    public LocalDate overdueNoticeFor() {
        return overdueNoticeFor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
