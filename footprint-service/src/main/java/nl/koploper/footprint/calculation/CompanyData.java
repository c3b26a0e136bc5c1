package nl.koploper.footprint.calculation;

import java.math.BigDecimal;

/**
 * The figures that normalise a footprint for comparison. Each is optional; null means "not given", which
 * differs from 0 (a 0 m² floor area is a real answer for a home-based business and just disables per-m² checks).
 *
 * @param sbiCode the organisation's SBI code ({@code 56.10} or {@code 5610}); its division or section is the
 *                sector group the benchmarks compare within
 */
public record CompanyData(BigDecimal fte, BigDecimal floorAreaM2, BigDecimal turnoverEur,
                          BigDecimal productionVolume, String productionUnit, String sbiCode) {

    /** Without an SBI code (which only places the organisation in a benchmark's sector group). */
    public CompanyData(BigDecimal fte, BigDecimal floorAreaM2, BigDecimal turnoverEur, BigDecimal productionVolume,
                       String productionUnit) {
        this(fte, floorAreaM2, turnoverEur, productionVolume, productionUnit, null);
    }

    public static CompanyData none() {
        return new CompanyData(null, null, null, null, null, null);
    }
}
