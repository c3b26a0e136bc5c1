package nl.koploper.footprint.consumption;

import java.time.Instant;
import nl.koploper.footprint.calculation.OrganisationYear;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored consumption data of one organisation and year, in the gemeente's own database. Edited by several
 * people over the year, so it is versioned: the version is the ETag, a write naming an older one is a 412.
 */
@Document("consumption_data")
public class ConsumptionData {

    @Id
    private String id;
    private String tenantId;
    private String organisationId;
    private int year;
    private String contactEmail;
    private OrganisationYear input;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    ConsumptionData() {
    }

    ConsumptionData(String gemeente, String organisationId, int year) {
        this.id = idOf(organisationId, year);
        this.tenantId = gemeente;
        this.organisationId = organisationId;
        this.year = year;
    }

    static String idOf(String organisationId, int year) {
        return organisationId + ":" + year;
    }

    void replace(OrganisationYear input, String contactEmail, Instant at, String by) {
        this.input = input;
        this.contactEmail = contactEmail;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String organisationId() {
        return organisationId;
    }

    public int year() {
        return year;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public OrganisationYear input() {
        return input;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
