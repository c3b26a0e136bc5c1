package nl.koploper.footprint.consumption;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.math.BigDecimal;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount of the consumption body: at most 12 digits before and 10 after the point, enough for any real quantity,
 * and it keeps exact arithmetic and the explanation lines bounded. Trailing zeros are not digits of the value.
 */
@Constraint(validatedBy = Amount.Digits.class)
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@interface Amount {

    int INTEGER_DIGITS = 12;
    int FRACTION_DIGITS = 10;

    String message() default "at most " + INTEGER_DIGITS + " digits before and " + FRACTION_DIGITS
            + " after the decimal point";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Unlike {@code @Digits}, which counts {@code 50.000000000000000000} as eighteen fraction digits. */
    class Digits implements ConstraintValidator<Amount, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.precision() - stripped.scale() <= INTEGER_DIGITS
                    && Math.max(stripped.scale(), 0) <= FRACTION_DIGITS;
        }
    }
}
