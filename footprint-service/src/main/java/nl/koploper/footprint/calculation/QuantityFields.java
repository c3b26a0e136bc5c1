package nl.koploper.footprint.calculation;

import java.util.List;

/** Walks every entered quantity of an organisation-year with its field path, for checks that apply to all. */
final class QuantityFields {

    interface Visitor {
        void visit(String field, Quantity quantity);
    }

    private QuantityFields() {
    }

    static void visit(OrganisationYear input, Visitor visitor) {
        Electricity electricity = input.electricity();
        if (electricity != null) {
            visitIfPresent("electricity.boughtKwh", electricity.boughtKwh(), visitor);
            visitIfPresent("electricity.ownGenerationKwh", electricity.ownGenerationKwh(), visitor);
            visitIfPresent("electricity.ownGenerationSelfUsedKwh", electricity.ownGenerationSelfUsedKwh(), visitor);
        }
        FuelsAndHeat fuels = input.fuelsAndHeat();
        if (fuels != null) {
            visitIfPresent("fuelsAndHeat.naturalGasNm3", fuels.naturalGasNm3(), visitor);
            visitIfPresent("fuelsAndHeat.districtHeatGj", fuels.districtHeatGj(), visitor);
            visitIfPresent("fuelsAndHeat.propaneLitres", fuels.propaneLitres(), visitor);
            visitIfPresent("fuelsAndHeat.heatingOilLitres", fuels.heatingOilLitres(), visitor);
        }
        BusinessTransport transport = input.businessTransport();
        if (transport != null) {
            List<BusinessTransport.FuelUse> uses = transport.fuels();
            for (int i = 0; i < uses.size(); i++) {
                if (uses.get(i) != null) {
                    visitIfPresent(FieldPaths.FUEL_QUANTITY.at(i), uses.get(i).quantity(), visitor);
                }
            }
            List<BusinessTransport.VehicleDistance> distances = transport.vehicleKm();
            for (int i = 0; i < distances.size(); i++) {
                if (distances.get(i) != null) {
                    visitIfPresent(FieldPaths.VEHICLE_KM.at(i), distances.get(i).km(), visitor);
                }
            }
            visitIfPresent("businessTransport.declaredPrivateKm", transport.declaredPrivateKm(), visitor);
            visitIfPresent("businessTransport.publicTransportKm", transport.publicTransportKm(), visitor);
            List<BusinessTransport.Flight> flights = transport.flights();
            for (int i = 0; i < flights.size(); i++) {
                if (flights.get(i) != null) {
                    visitIfPresent(FieldPaths.FLIGHT_PASSENGER_KM.at(i), flights.get(i).passengerKm(),
                            visitor);
                }
            }
        }
        Commuting commuting = input.commuting();
        if (commuting != null) {
            visitIfPresent("commuting.carKm", commuting.carKm(), visitor);
            visitIfPresent("commuting.publicTransportKm", commuting.publicTransportKm(), visitor);
        }
        if (input.water() != null) {
            visitIfPresent("water.m3", input.water().m3(), visitor);
        }
        if (input.waste() != null) {
            for (int i = 0; i < input.waste().size(); i++) {
                if (input.waste().get(i) != null) {
                    visitIfPresent(FieldPaths.WASTE_KG.at(i), input.waste().get(i).kg(), visitor);
                }
            }
        }
        for (int i = 0; i < input.otherScope3().size(); i++) {
            if (input.otherScope3().get(i) != null) {
                visitIfPresent(FieldPaths.OTHER_QUANTITY.at(i), input.otherScope3().get(i).quantity(), visitor);
            }
        }
    }

    private static void visitIfPresent(String field, Quantity quantity, Visitor visitor) {
        if (quantity != null) {
            visitor.visit(field, quantity);
        }
    }
}
