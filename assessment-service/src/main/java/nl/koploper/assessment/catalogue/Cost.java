package nl.koploper.assessment.catalogue;

/** Cost indication of a recommendation: NONE below 1k, LOW 1-10k, MEDIUM 10-50k, HIGH above 50k euro. */
public enum Cost {
    NONE, LOW, MEDIUM, HIGH
}
