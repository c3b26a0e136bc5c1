package nl.koploper.cohort.organisation;

/** The kinds of organisation that take part in a Koploper round; besides companies, public bodies often join. */
public enum OrganisationType {
    COMPANY,
    /** The gemeente itself (a municipality), which often takes part in its own round. */
    MUNICIPALITY,
    /** A woningbouwcorporatie. */
    HOUSING_CORPORATION,
    /** A zorginstelling. */
    CARE_INSTITUTION,
    OTHER
}
