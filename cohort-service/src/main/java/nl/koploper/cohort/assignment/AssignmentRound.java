package nl.koploper.cohort.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import nl.koploper.cohort.cohort.Cohort;
import nl.koploper.cohort.cohort.Participant;
import nl.koploper.cohort.cohort.ParticipantStatus;
import nl.koploper.platform.mail.EmailAddresses;
import nl.koploper.platform.web.AmsterdamWallClock;
import nl.koploper.platform.web.NotFoundException;
import nl.koploper.platform.web.RuleViolationException;

/**
 * A cohort's communication-assignment round: its jury, the submissions, the jurors' scores, the close of scoring and
 * the Koploperprijs, with the rules that belong to the round alone. It is part of the {@link Cohort} aggregate and of
 * its document (its fields stand at the top level there), and it changes only through its cohort, which judges the
 * cohort's side of each rule (the participant, the year running) and records the events.
 */
public class AssignmentRound {

    // Stable rule names: clients and the 409 problem's "rule" property depend on them, so never rename one.
    static final String RULE_ASSIGNMENT_DEADLINE = "assignment-deadline-passed";
    static final String RULE_NOT_HANDED_IN = "assignment-not-handed-in";
    static final String RULE_SCORING_CLOSED = "scoring-closed";
    static final String RULE_SCORING_OPEN = "scoring-not-closed";
    static final String RULE_NOTHING_SCORED = "no-scored-submissions";
    static final String RULE_AWARD_GRANTED = "award-already-granted";
    static final String RULE_AWARD_MOTIVATION = "award-motivation-required";
    static final String RULE_AWARD_TIE = "award-tie-undecided";
    static final String RULE_AWARD_NO_SUBMISSION = "award-needs-submission";
    static final String RULE_AWARD_NOT_GRANTED = "award-not-granted";
    static final String RULE_AWARD_ANNOUNCED = "award-already-announced";

    // Times in messages are shown as the gemeenten read them: Dutch local time, ISO-8601 with its offset.

    /** The e-mail addresses (lower case) of the jurors the coordinator assigned to this cohort's assignments. */
    private List<String> jurors = new ArrayList<>();
    /** Each participant's communication assignment as it stands (one per participant), in first hand-in order. */
    private List<Submission> submissions = new ArrayList<>();
    /** One score per juror per submission. */
    private List<JuryScore> scores = new ArrayList<>();
    private Instant scoringClosedAt;
    private Award award;

    /** A round with no jury, no submissions and no award yet. */
    public AssignmentRound() {
    }

    /**
     * Hands in the participant's assignment, or revises it: a placed participant, until {@code deadline}, before the
     * jury's scoring has closed.
     */
    public Submission submit(Participant participant, AssignmentEntry entry, Instant deadline, Instant now) {
        mayHandIn(participant, deadline, now);
        Submission current = submission(participant.id());
        if (current == null) {
            Submission first = new Submission(participant.id(), entry, 1, now, now, null);
            submissions.add(first);
            return first;
        }
        return replace(current, current.revised(entry, now));
    }

    /** Attaches a file to a handed-in assignment (replacing an earlier one), under the rules of a revision. */
    public Submission attach(Participant participant, AssignmentFile file, Instant deadline, Instant now) {
        mayHandIn(participant, deadline, now);
        Submission current = submission(participant.id());
        if (current == null) {
            throw new RuleViolationException(RULE_NOT_HANDED_IN,
                    "Hand in the assignment's title and text first; the file goes with them");
        }
        return replace(current, current.withFile(file, now));
    }

    /** Names the jurors (by e-mail address); replaces the earlier list. */
    public void assignJury(List<String> jurorEmails) {
        requireScoringOpen();
        jurors = new ArrayList<>(jurorEmails.stream().map(EmailAddresses::normal).distinct().toList());
    }

    public boolean isJuror(String email) {
        return email != null && jurors.contains(EmailAddresses.normal(email));
    }

    /** The submission of {@code participantId}, which {@code jurorEmail} must be a juror to score. */
    public Submission scorable(String jurorEmail, String participantId) {
        if (!isJuror(jurorEmail)) {
            throw new IllegalArgumentException("Only this cohort's jurors score its assignments");
        }
        Submission submission = submission(participantId);
        if (submission == null) {
            throw new NotFoundException("Submission", participantId);
        }
        return submission;
    }

    /** The juror's score of the submission on the rubric; scoring it again replaces the earlier score. */
    public JuryScore score(String jurorEmail, Submission submission, RubricScores marks, String comment,
                           Instant now) {
        requireScoringOpen();
        String juror = EmailAddresses.normal(jurorEmail);
        String participantId = submission.participantId();
        JuryScore score = new JuryScore(juror, participantId, marks, blankToNull(comment), submission.revision(), now);
        scores.removeIf(s -> s.juror().equals(juror) && s.participantId().equals(participantId));
        scores.add(score);
        return score;
    }

    /** Closes the jury's scoring; from then on the ranking is final and the award can be granted. */
    public void closeScoring(Instant now) {
        requireScoringOpen();
        if (scores.isEmpty()) {
            throw new RuleViolationException(RULE_NOTHING_SCORED,
                    "No juror has scored a submission yet; there would be no ranking to award from");
        }
        scoringClosedAt = now;
    }

    /** The jury's ranking; {@code participants} finds a participant of the cohort by id. */
    public Ranking ranking(Function<String, Participant> participants) {
        return Ranking.of(submissions, scores, participants);
    }

    /**
     * Grants the Koploperprijs, once scoring has closed: to the top of the ranking when {@code participantId} is null,
     * or to the participant named, which needs a motivation unless it is (one of) the top of the ranking.
     */
    public Award grantAward(String participantId, String motivation, Function<String, Participant> participants,
                            Instant now) {
        if (award != null) {
            throw new RuleViolationException(RULE_AWARD_GRANTED, "The Koploperprijs of this cohort already went to "
                    + award.organisationName());
        }
        if (scoringClosedAt == null) {
            throw new RuleViolationException(RULE_SCORING_OPEN,
                    "The jury's scoring is still open; close it before granting the Koploperprijs");
        }
        List<Ranking.Entry> top = ranking(participants).top();
        String winnerId = participantId;
        if (winnerId == null) {
            if (top.size() > 1) {
                throw new RuleViolationException(RULE_AWARD_TIE, top.size() + " submissions share the top of the "
                        + "ranking; name the winner (with a motivation if you wish)");
            }
            winnerId = top.get(0).participantId();
        }
        Participant winner = participants.apply(winnerId);
        if (submission(winnerId) == null) {
            throw new RuleViolationException(RULE_AWARD_NO_SUBMISSION, winner.organisation().name()
                    + " handed in no communication assignment; the Koploperprijs rewards one");
        }
        if (winner.status() != ParticipantStatus.PLACED) {
            throw new RuleViolationException(Cohort.RULE_NOT_PLACED, winner.organisation().name()
                    + " no longer takes part in this cohort (" + winner.status() + ")");
        }
        String chosen = winnerId;
        boolean topOfRanking = top.stream().anyMatch(entry -> entry.participantId().equals(chosen));
        if (!topOfRanking && blankToNull(motivation) == null) {
            throw new RuleViolationException(RULE_AWARD_MOTIVATION, winner.organisation().name()
                    + " is not the top of the jury's ranking; say why it wins instead");
        }
        // Secret until announced: nothing is published, so no other service (symposium page, mail) can know it.
        award = new Award(winnerId, winner.organisation().name(), topOfRanking, blankToNull(motivation), now, null);
        return award;
    }

    /** Marks the granted Koploperprijs announced; the cohort then makes it public. */
    public Award announceAward(Instant now) {
        if (award == null) {
            throw new RuleViolationException(RULE_AWARD_NOT_GRANTED,
                    "The Koploperprijs of this cohort has not been granted yet; grant it before announcing it");
        }
        if (award.announced()) {
            throw new RuleViolationException(RULE_AWARD_ANNOUNCED, "The Koploperprijs of this cohort was already "
                    + "announced at " + AmsterdamWallClock.offsetTime(award.announcedAt()));
        }
        award = award.announce(now);
        return award;
    }

    // The round's rules of a hand-in, a revision and an attached file alike (the cohort checks the year runs).
    private void mayHandIn(Participant participant, Instant deadline, Instant now) {
        if (participant.status() != ParticipantStatus.PLACED) {
            throw new RuleViolationException(Cohort.RULE_NOT_PLACED, participant.organisation().name()
                    + " has no place in this cohort (" + participant.status() + ")");
        }
        if (now.isAfter(deadline)) {
            throw new RuleViolationException(RULE_ASSIGNMENT_DEADLINE,
                    "The communication assignment was due at " + AmsterdamWallClock.offsetTime(deadline));
        }
        requireScoringOpen();
    }

    private void requireScoringOpen() {
        if (scoringClosedAt != null) {
            throw new RuleViolationException(RULE_SCORING_CLOSED, "The jury's scoring closed at "
                    + AmsterdamWallClock.offsetTime(scoringClosedAt)
                    + "; assignments, jury and scores no longer change");
        }
    }

    private Submission replace(Submission current, Submission next) {
        submissions.set(submissions.indexOf(current), next);
        return next;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<String> jurors() {
        return Collections.unmodifiableList(jurors);
    }

    public List<Submission> submissions() {
        return Collections.unmodifiableList(submissions);
    }

    /** The participant's submission, or null when it handed in none. */
    public Submission submission(String participantId) {
        return submissions.stream().filter(s -> s.participantId().equals(participantId)).findFirst().orElse(null);
    }

    public List<JuryScore> scores() {
        return Collections.unmodifiableList(scores);
    }

    public Instant scoringClosedAt() {
        return scoringClosedAt;
    }

    public Award award() {
        return award;
    }
}
