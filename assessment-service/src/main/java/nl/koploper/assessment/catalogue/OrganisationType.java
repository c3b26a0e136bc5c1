package nl.koploper.assessment.catalogue;

/**
 * The kinds of organisation cohort-service registers. An organisation whose type this service does not know (a value
 * added later) is treated as {@link #OTHER}.
 */
public enum OrganisationType {
    COMPANY, MUNICIPALITY, HOUSING_CORPORATION, CARE_INSTITUTION, OTHER;

    public static OrganisationType fromWire(String value) {
        if (value == null) {
            return OTHER;
        }
        for (OrganisationType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return OTHER;
    }
}
