package nl.koploper.footprint.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Test data builder: starts from an organisation-year with every theme left empty. */
final class OrganisationYearBuilder {

    /** User factors for items the list lacks; invented for the tests, not taken from any source. */
    static final UserFactor WATER_FACTOR = UserFactor.of("0.3", "m3", "test: drinking-water company figure");
    static final UserFactor RESIDUAL_WASTE_FACTOR = UserFactor.of("0.5", "kg", "test: waste processor figure");

    private int year = 2026;
    private CompanyData company = CompanyData.none();
    private Electricity electricity;
    private FuelsAndHeat fuelsAndHeat;
    private BusinessTransport businessTransport;
    private Commuting commuting;
    private Water water;
    private List<WasteStream> waste;
    private final List<OtherScope3Item> other = new ArrayList<>();

    static OrganisationYearBuilder organisationYear() {
        return new OrganisationYearBuilder();
    }

    static Quantity q(long amount) {
        return Quantity.of(amount);
    }

    static Quantity q(String amount) {
        return Quantity.of(amount);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static WasteStream residualWaste(long kg) {
        return new WasteStream(WasteKind.RESIDUAL, null, q(kg), RESIDUAL_WASTE_FACTOR);
    }

    static WasteStream waste(WasteKind kind, String name, long kg, String factor) {
        return new WasteStream(kind, name, q(kg), UserFactor.of(factor, "kg", "test: waste processor figure"));
    }

    OrganisationYearBuilder year(int year) {
        this.year = year;
        return this;
    }

    OrganisationYearBuilder company(String fte, String floorAreaM2) {
        this.company = new CompanyData(d(fte), d(floorAreaM2), null, null, null);
        return this;
    }

    OrganisationYearBuilder company(CompanyData company) {
        this.company = company;
        return this;
    }

    OrganisationYearBuilder electricity(Electricity electricity) {
        this.electricity = electricity;
        return this;
    }

    OrganisationYearBuilder electricity(long boughtKwh, String greenSharePercent) {
        return electricity(Electricity.bought(q(boughtKwh), greenSharePercent == null ? null : d(greenSharePercent)));
    }

    OrganisationYearBuilder fuelsAndHeat(FuelsAndHeat fuelsAndHeat) {
        this.fuelsAndHeat = fuelsAndHeat;
        return this;
    }

    OrganisationYearBuilder naturalGas(long nm3) {
        return fuelsAndHeat(FuelsAndHeat.naturalGas(q(nm3)));
    }

    OrganisationYearBuilder businessTransport(BusinessTransport businessTransport) {
        this.businessTransport = businessTransport;
        return this;
    }

    OrganisationYearBuilder commutingByCar(long km) {
        this.commuting = Commuting.byCar(q(km));
        return this;
    }

    OrganisationYearBuilder commuting(Commuting commuting) {
        this.commuting = commuting;
        return this;
    }

    OrganisationYearBuilder water(long m3) {
        this.water = new Water(q(m3), WATER_FACTOR);
        return this;
    }

    OrganisationYearBuilder water(Water water) {
        this.water = water;
        return this;
    }

    OrganisationYearBuilder waste(WasteStream... streams) {
        this.waste = List.of(streams);
        return this;
    }

    OrganisationYearBuilder other(OtherScope3Item item) {
        this.other.add(item);
        return this;
    }

    /** The themes the plausibility check expects, entered as zero, so a test sees only its own warnings. */
    OrganisationYearBuilder everyCommonThemeZero() {
        electricity(0, "0");
        naturalGas(0);
        water(0);
        waste(residualWaste(0));
        return this;
    }

    OrganisationYear build() {
        return new OrganisationYear(year, company, electricity, fuelsAndHeat, businessTransport, commuting, water,
                waste, other);
    }
}
