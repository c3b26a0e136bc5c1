package nl.koploper.footprint.factors;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A factor list a platform-admin published through the API, in the shared database ({@code footprint}), so every
 * replica and every gemeente computes with the same lists. The lists shipped in the service's file are not stored.
 */
@Document("factor_lists")
class PublishedFactorList {

    @Id
    private int year;
    private List<EmissionFactor> factors;
    private List<String> retired;
    private Instant publishedAt;
    private String publishedBy;
    /** Changes on every replace, so a replica sees a replaced list even when the years stay the same. */
    @Version
    private Long revision;

    PublishedFactorList() {
    }

    PublishedFactorList(int year) {
        this.year = year;
    }

    void publish(List<EmissionFactor> factors, List<String> retired, Instant at, String by) {
        this.factors = List.copyOf(factors);
        this.retired = List.copyOf(retired);
        this.publishedAt = at;
        this.publishedBy = by;
    }

    int year() {
        return year;
    }

    List<EmissionFactor> factors() {
        return factors == null ? List.of() : factors;
    }

    List<String> retired() {
        return retired == null ? List.of() : retired;
    }

    Long revision() {
        return revision;
    }
}
