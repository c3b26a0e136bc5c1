package nl.koploper.footprint.calculation;

import java.math.BigDecimal;

/**
 * The figures that normalise a footprint for comparison. Each is optional; null means "not given", which
 * differs from 0 (a 0 m² floor area is a real answer for a home-based business and just disables per-m² checks).
 */
public record CompanyData(BigDecimal fte, BigDecimal floorAreaM2, BigDecimal turnoverEur,
                          BigDecimal productionVolume, String productionUnit) {

    public static CompanyData none() {
        return new CompanyData(null, null, null, null, null);
    }
}
