package nl.koploper.footprint.calculation;

import java.util.List;

/**
 * Business transport of one year. Public transport has no list factor, so {@code publicTransportKm} needs a
 * {@code publicTransportFactor} (kg CO2e per km) or it is reported as a missing factor.
 *
 * @param fuels             fuel used by company and lease vehicles, in each fuel's unit
 * @param vehicleKm         kilometres per vehicle type, where fuel quantities are not known
 * @param declaredPrivateKm business kilometres driven in employees' own cars and declared
 * @param flights           passenger-kilometres per distance band
 */
public record BusinessTransport(List<FuelUse> fuels, List<VehicleDistance> vehicleKm, Quantity declaredPrivateKm,
                                Quantity publicTransportKm, UserFactor publicTransportFactor, List<Flight> flights) {

    public BusinessTransport {
        fuels = fuels == null ? List.of() : List.copyOf(fuels);
        vehicleKm = vehicleKm == null ? List.of() : List.copyOf(vehicleKm);
        flights = flights == null ? List.of() : List.copyOf(flights);
    }

    /** Fuel for company or lease vehicles, in the fuel's unit (liter, or kg for CNG and hydrogen). */
    public record FuelUse(TransportFuel fuel, Quantity quantity) {
    }

    /** Kilometres driven with one vehicle type. */
    public record VehicleDistance(VehicleType type, Quantity km) {
    }

    /** Passenger-kilometres flown in one distance band. */
    public record Flight(FlightBand band, Quantity passengerKm) {
    }
}
