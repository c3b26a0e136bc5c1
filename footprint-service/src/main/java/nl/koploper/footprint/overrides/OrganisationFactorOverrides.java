package nl.koploper.footprint.overrides;

import java.time.Instant;
import java.util.List;
import nl.koploper.footprint.calculation.FactorOverride;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's own values for list factors (e.g. its supplier's electricity mix), each from a year onward, in
 * the gemeente's database. One document per organisation, replaced as a whole; the version is the ETag.
 */
@Document("factor_overrides")
class OrganisationFactorOverrides {

    @Id
    private String organisationId;
    private String tenantId;
    private List<FactorOverride> overrides;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    OrganisationFactorOverrides() {
    }

    OrganisationFactorOverrides(String gemeente, String organisationId) {
        this.tenantId = gemeente;
        this.organisationId = organisationId;
    }

    void replace(List<FactorOverride> overrides, Instant at, String by) {
        this.overrides = List.copyOf(overrides);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String organisationId() {
        return organisationId;
    }

    List<FactorOverride> overrides() {
        return overrides == null ? List.of() : overrides;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Long version() {
        return version;
    }
}
