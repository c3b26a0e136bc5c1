package nl.koploper.footprint.calculation;

/**
 * A plausibility remark: the data can be used, but a person should look at it. Never blocks a calculation.
 *
 * @param code  stable kind ({@code theme-empty}, {@code electricity-per-m2}, {@code partial-months}, ...)
 * @param field path of the field concerned
 */
public record Warning(String code, String field, String message) {
}
