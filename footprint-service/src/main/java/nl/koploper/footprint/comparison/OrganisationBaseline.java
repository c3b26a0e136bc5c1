package nl.koploper.footprint.comparison;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The year an organisation measures its progress against (its nulmeting's year), in the gemeente's database. */
@Document("organisation_baselines")
class OrganisationBaseline {

    @Id
    private String organisationId;
    private String tenantId;
    private int baselineYear;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    OrganisationBaseline() {
    }

    OrganisationBaseline(String gemeente, String organisationId) {
        this.tenantId = gemeente;
        this.organisationId = organisationId;
    }

    void set(int baselineYear, Instant at, String by) {
        this.baselineYear = baselineYear;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String organisationId() {
        return organisationId;
    }

    int baselineYear() {
        return baselineYear;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Long version() {
        return version;
    }
}
