package nl.koploper.assessment.cases;

/**
 * The organisation as cohort-service registered it: what tailors the profile (type, SBI code, size).
 *
 * @param type    as the cohort event names it ({@code COMPANY}, …), kept as text: a later value must not be lost
 * @param sbiCode digits without dots, e.g. {@code 2410}, or null when unknown
 * @param sizeFte null when unknown (a participant whose registration this service never saw)
 */
public record Organisation(String name, String kvkNumber, String type, String sbiCode, Double sizeFte) {
}
