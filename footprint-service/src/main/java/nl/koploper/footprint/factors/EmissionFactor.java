package nl.koploper.footprint.factors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One published emission factor: kg CO2e per unit of activity, as it appears in the list of {@code listYear}.
 *
 * @param listYear    the year of the list the value was read from (a composed set mixes list years)
 * @param key         stable identifier, e.g. {@code natural_gas}
 * @param nameNl      the list's own Dutch name, shown to users
 * @param unit        the activity unit the value is per
 * @param scope       GHG Protocol scope the list assigns (1, 2 or 3)
 * @param theme       the list's category ({@code fuel}, {@code electricity}, {@code heat}, {@code business_travel})
 * @param valueKgCo2e kg CO2e per unit, well-to-wheel unless {@code basis} says otherwise
 * @param basis       {@code WTW} or {@code location-based}
 * @param wttKgCo2e   the supply-chain (well-to-tank) part included in the value; null where the source gives none
 * @param source      where the number was read (S1..S3, described in the file header)
 */
public record EmissionFactor(int listYear, String key, String nameNl, Unit unit, int scope, String theme,
                             BigDecimal valueKgCo2e, String basis, BigDecimal wttKgCo2e, String source) {

    public EmissionFactor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(valueKgCo2e, "valueKgCo2e");
        Objects.requireNonNull(source, "source");
    }
}
