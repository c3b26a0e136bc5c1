package nl.koploper.footprint.calculation;

import java.util.List;

/**
 * Everything one organisation entered for one year: company data and consumption per theme. Any theme may be
 * null (left empty), which the calculation distinguishes from a theme entered as zero.
 */
public record OrganisationYear(int year, CompanyData company, Electricity electricity, FuelsAndHeat fuelsAndHeat,
                               BusinessTransport businessTransport, Commuting commuting, Water water,
                               List<WasteStream> waste, List<OtherScope3Item> otherScope3) {

    public OrganisationYear {
        company = company == null ? CompanyData.none() : company;
        // null = the waste theme was left empty; an empty list = "we checked, there is none".
        waste = waste == null ? null : List.copyOf(waste);
        otherScope3 = otherScope3 == null ? List.of() : List.copyOf(otherScope3);
    }
}
