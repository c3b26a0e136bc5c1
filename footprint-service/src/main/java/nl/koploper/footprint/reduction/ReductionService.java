package nl.koploper.footprint.reduction;

import java.util.List;
import java.util.Optional;
import nl.koploper.footprint.consumption.ConsumptionData;
import nl.koploper.footprint.consumption.ConsumptionStore;
import nl.koploper.footprint.factors.EmissionFactorSet;
import nl.koploper.footprint.factors.FactorSets;
import nl.koploper.footprint.overrides.FactorOverrideStore;
import nl.koploper.footprint.result.StoredFootprint;
import nl.koploper.footprint.result.StoredFootprints;
import org.springframework.stereotype.Service;

/**
 * Reduction estimates on an organisation's stored data of a year, with the factor set of its latest stored footprint
 * (the newest set when the year was never calculated) and its factor overrides, so the "before" is the footprint the
 * organisation sees.
 */
@Service
class ReductionService {

    private final ConsumptionStore consumption;
    private final StoredFootprints footprints;
    private final FactorSets factorSets;
    private final FactorOverrideStore overrides;
    private final ReductionEstimator estimator;

    ReductionService(ConsumptionStore consumption, StoredFootprints footprints, FactorSets factorSets,
                     FactorOverrideStore overrides, ReductionEstimator estimator) {
        this.consumption = consumption;
        this.footprints = footprints;
        this.factorSets = factorSets;
        this.overrides = overrides;
        this.estimator = estimator;
    }

    Estimated estimate(String organisationId, int year, List<MeasureRequest> requests) {
        ConsumptionData data = consumption.readable(organisationId, year);
        Optional<StoredFootprint> latest = footprints.latest(organisationId, year);
        EmissionFactorSet set = latest.map(stored -> factorSets.catalog().setFor(stored.footprint().factorSetYear()))
                .orElseGet(() -> factorSets.catalog().latest());
        ReductionEstimate estimate = estimator.estimate(data.input(), set, overrides.applicableTo(organisationId, set),
                requests);
        return new Estimated(data.version(), latest.map(StoredFootprint::version).orElse(null), estimate);
    }

    record Estimated(long dataVersion, Integer footprintVersion, ReductionEstimate estimate) {
    }
}
