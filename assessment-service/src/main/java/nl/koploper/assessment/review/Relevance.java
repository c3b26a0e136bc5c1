package nl.koploper.assessment.review;

/** How much an ISO 26000 issue matters for this organisation; the weight counts in scores and ranking. */
public enum Relevance {
    NOT_RELEVANT(0), RELEVANT(1), VERY_RELEVANT(2);

    private final int weight;

    Relevance(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public boolean relevant() {
        return weight > 0;
    }
}
