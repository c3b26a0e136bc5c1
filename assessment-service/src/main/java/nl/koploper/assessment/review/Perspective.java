package nl.koploper.assessment.review;

/** The two sides of an organisation ISO 26000 is reviewed on. */
public enum Perspective {
    INTERNAL, PRODUCTS_AND_SERVICES
}
