package nl.koploper.cohort.assignment;

/**
 * One juror's marks for one communication assignment on the published rubric: clarity (is the message clear),
 * credibility (is it backed by what the organisation actually does), reach (does it get to its audience) and
 * originality, each from {@value #MINIMUM} to {@value #MAXIMUM}.
 */
public record RubricScores(int clarity, int credibility, int reach, int originality) {

    static final int MINIMUM = 1;
    static final int MAXIMUM = 5;

    public RubricScores {
        check("clarity", clarity);
        check("credibility", credibility);
        check("reach", reach);
        check("originality", originality);
    }

    /** The sum of the four marks, 4 to 20. */
    public int total() {
        return clarity + credibility + reach + originality;
    }

    private static void check(String criterion, int mark) {
        if (mark < MINIMUM || mark > MAXIMUM) {
            throw new IllegalArgumentException(criterion + " is marked " + MINIMUM + " to " + MAXIMUM + "; got " + mark);
        }
    }
}
