package nl.koploper.footprint.factors;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That some stored result of some gemeente was computed with the set of {@code year}: from then on the lists that
 * set is composed of are immutable. Shared database, because results live in each gemeente's own.
 */
@Document("factor_set_usage")
class FactorSetUsage {

    @Id
    private int year;
    private Instant firstUsedAt;

    FactorSetUsage() {
    }

    int year() {
        return year;
    }

    Instant firstUsedAt() {
        return firstUsedAt;
    }
}
