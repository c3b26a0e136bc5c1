package nl.koploper.local.demo;

import nl.koploper.local.demo.DemoData.Organisation;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organisation's consumption data for one year (footprint-service's organisation-year body), scaled by its size
 * and shaped by what drives its footprint. The figures are rough Dutch averages per FTE, good enough for a demo whose
 * footprints and benchmarks should differ plausibly between a bakery, a farm, a carrier and an office.
 */
final class Consumption {

    private Consumption() {
    }

    static ObjectNode of(Organisation org, int year) {
        double fte = org.fte();
        String profile = org.energyProfile();
        double kwhPerFte = switch (profile) {
            case "BAKERY" -> 9000;
            case "CARE" -> 6000;
            case "FARM" -> 12000;
            case "TRANSPORT" -> 2500;
            default -> 2200;
        };
        double gasPerFte = switch (profile) {
            case "BAKERY" -> 1200;
            case "CARE" -> 900;
            case "FARM" -> 600;
            default -> 250;
        };
        double dieselPerFte = switch (profile) {
            case "TRANSPORT" -> 2500;
            case "FARM" -> 3000;
            default -> 60;
        };
        // Pseudo-random but fixed per organisation: the same demo gives the same footprints every time.
        int seed = Math.abs(org.kvkNumber().hashCode());
        int greenShare = new int[] {0, 25, 50, 100}[seed % 4];

        ObjectNode body = StackClient.JSON.createObjectNode().put("year", year).put("contactEmail", org.contactEmail());
        body.putObject("company").put("fte", fte).put("floorAreaM2", Math.round(fte * 35 + 150))
                .put("sbiCode", org.sbiCode());
        ObjectNode electricity = body.putObject("electricity").put("greenSharePercent", greenShare);
        electricity.putObject("boughtKwh").put("yearTotal", Math.round(fte * kwhPerFte));
        if (seed % 3 == 0) {
            long generated = Math.round(fte * kwhPerFte * 0.3);
            electricity.putObject("ownGenerationKwh").put("yearTotal", generated);
            electricity.putObject("ownGenerationSelfUsedKwh").put("yearTotal", Math.round(generated * 0.7));
        }
        body.putObject("fuelsAndHeat").putObject("naturalGasNm3").put("yearTotal", Math.round(fte * gasPerFte));
        ObjectNode transport = body.putObject("businessTransport");
        transport.putArray("fuels").addObject().put("fuel", "DIESEL_B7")
                .putObject("quantity").put("yearTotal", Math.round(fte * dieselPerFte));
        if ("OFFICE".equals(profile)) {
            transport.putArray("flights").addObject().put("band", "UNDER_700_KM")
                    .putObject("passengerKm").put("yearTotal", Math.round(fte * 150));
        }
        body.putObject("commuting").putObject("carKm").put("yearTotal", Math.round(fte * 3800));
        ObjectNode water = body.putObject("water");
        water.putObject("m3").put("yearTotal", Math.round(fte * ("CARE".equals(profile) ? 40 : 12)));
        water.putObject("factor").put("valueKgCo2e", 0.298).put("unit", "m3").put("source", "Waterbedrijf Groningen");
        ObjectNode waste = body.putArray("waste").addObject().put("kind", "RESIDUAL");
        waste.putObject("kg").put("yearTotal", Math.round(fte * 180));
        waste.putObject("factor").put("valueKgCo2e", 0.5).put("unit", "kg").put("source", "afvalverwerker");
        return body;
    }
}
