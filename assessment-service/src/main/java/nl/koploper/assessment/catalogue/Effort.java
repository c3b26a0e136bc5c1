package nl.koploper.assessment.catalogue;

/** How much work a recommendation takes; in a tie the lighter one is recommended first. */
public enum Effort {
    LOW, MEDIUM, HIGH
}
