package nl.koploper.local.demo;

import java.util.List;

/**
 * The invented organisations of the demo: Dutch names, addresses in the two gemeenten, SBI codes of their sector,
 * contacts at {@code .example} addresses (never a real mailbox). KvK numbers are made up; a number that happens to
 * exist belongs to nobody here.
 */
final class DemoData {

    private DemoData() {
    }

    /**
     * @param energyProfile what drives the footprint: OFFICE, BAKERY (gas), FARM (diesel), TRANSPORT (lots of diesel),
     *                      CARE (gas and electricity, 24/7)
     * @param publicForm    registers through the public form (as an organisation itself would) instead of through
     *                      the coordinator
     */
    record Organisation(String name, String kvkNumber, String type, String sbiCode, double fte, String street,
                        String houseNumber, String postalCode, String city, String contactName, String contactEmail,
                        String phone, String energyProfile, boolean publicForm) {
    }

    /** A gemeente of {@code ./koploper up}, its cohort and who works on it. */
    record Gemeente(String slug, String displayName, String cohortName, int minimum, int maximum,
                    String coordinatorEmail, String advisorName, String advisorEmail, String meetingVenue,
                    String knowledgeSessionVenue, List<Organisation> organisations) {
    }

    static final Gemeente WESTERKWARTIER = new Gemeente("westerkwartier", "Gemeente Westerkwartier",
            "Koplopergroep Westerkwartier", 8, 10,
            "coordinator@westerkwartier.example", "Marieke Dijkstra", "m.dijkstra@adviesnoord.example",
            "Gemeentehuis Westerkwartier, Hooiweg 1, 9801 AB Zuidhorn",
            "Hotel-Restaurant De Waag, Burgemeester Seinenstraat 2, 9831 RA Aduard",
            List.of(
                    new Organisation("Bakkerij De Vries", "61234501", "COMPANY", "1071", 14, "Hoofdstraat", "12",
                            "9801 AB", "Zuidhorn", "Anneke de Vries", "anneke@bakkerijdevries.example",
                            "0594-501234", "BAKERY", false),
                    new Organisation("Installatiebedrijf Hoekstra", "61234502", "COMPANY", "4321", 22,
                            "Industrieweg", "5", "9351 PB", "Leek", "Jan Hoekstra", "jan@hoekstra-installatie.example",
                            "0594-512345", "TRANSPORT", false),
                    new Organisation("Melkveebedrijf Boersma", "61234503", "COMPANY", "0141", 4, "Noorderweg", "40",
                            "9861 TA", "Grootegast", "Sjoukje Boersma", "sjoukje@boersma-melkvee.example",
                            "0594-613456", "FARM", false),
                    new Organisation("Zorgcentrum Het Oldehof", "61234504", "CARE_INSTITUTION", "8710", 85,
                            "Oldehoofsweg", "3", "9363 EA", "Marum", "Hilde Postma", "h.postma@oldehof.example",
                            "0594-644567", "CARE", false),
                    new Organisation("Woonstichting Westerkwartier Wonen", "61234505", "HOUSING_CORPORATION", "6820",
                            40, "Tolberterstraat", "28", "9351 BE", "Leek", "Pieter Bakker",
                            "p.bakker@westerkwartierwonen.example", "0594-555678", "OFFICE", false),
                    new Organisation("Gemeente Westerkwartier", "61234506", "MUNICIPALITY", "8411", 350, "Hooiweg",
                            "1", "9801 AB", "Zuidhorn", "Ria Bakker", "r.bakker@gemeente-westerkwartier.example",
                            "0594-508888", "OFFICE", false),
                    new Organisation("Autobedrijf Kuipers", "61234507", "COMPANY", "4511", 12, "Hoofdstraat", "88",
                            "9363 AK", "Marum", "Gerrit Kuipers", "gerrit@autokuipers.example", "0594-641122",
                            "OFFICE", false),
                    new Organisation("Boomkwekerij Veenstra", "61234508", "COMPANY", "0130", 9, "Kwekerijweg", "7",
                            "9827 TH", "Lettelbert", "Klaas Veenstra", "klaas@veenstra-bomen.example", "0594-577889",
                            "FARM", false),
                    new Organisation("Accountantskantoor Zijlstra & Bos", "61234509", "COMPANY", "6920", 18,
                            "Westerstraat", "15", "9351 AP", "Leek", "Femke Zijlstra", "femke@zijlstrabos.example",
                            "0594-580011", "OFFICE", true),
                    new Organisation("Hotel-Restaurant De Waag", "61234510", "COMPANY", "5510", 25,
                            "Burgemeester Seinenstraat", "2", "9831 RA", "Aduard", "Wouter Smit",
                            "wouter@dewaag-aduard.example", "050-4031234", "BAKERY", true),
                    new Organisation("Transportbedrijf Wierenga", "61234511", "COMPANY", "4941", 60, "Transportweg",
                            "21", "9801 LP", "Zuidhorn", "Henk Wierenga", "henk@wierenga-transport.example",
                            "0594-509900", "TRANSPORT", true)));

    static final Gemeente OLDAMBT = new Gemeente("oldambt", "Gemeente Oldambt",
            "Koplopergroep Oldambt", 6, 12,
            "coordinator@oldambt.example", "Sander Mulder", "s.mulder@duurzaamadvies.example",
            "Stadhuis Winschoten, Stadsplein 1, 9671 AA Winschoten",
            "Bibliotheek Winschoten, Torenstraat 6, 9671 EE Winschoten",
            List.of(
                    new Organisation("Machinefabriek Oldambt Metaal", "71234501", "COMPANY", "2562", 45,
                            "Zuiderveen", "14", "9672 TJ", "Winschoten", "Bert Kok", "b.kok@oldambtmetaal.example",
                            "0597-421234", "TRANSPORT", false),
                    new Organisation("Akkerbouwbedrijf Dijkhuis", "71234502", "COMPANY", "0111", 5,
                            "Hoofdweg", "102", "9684 AC", "Finsterwolde", "Lisa Dijkhuis",
                            "lisa@dijkhuis-akkerbouw.example", "0597-331122", "FARM", false),
                    new Organisation("Zorgcentrum Oldambtster Hof", "71234503", "CARE_INSTITUTION", "8710", 110,
                            "Parklaan", "9", "9671 BL", "Winschoten", "Ellen Brouwer", "e.brouwer@oldambtsterhof.example",
                            "0597-455667", "CARE", false),
                    new Organisation("Woonstichting Oost-Groningen Wonen", "71234504", "HOUSING_CORPORATION", "6820",
                            55, "Langestraat", "60", "9671 PH", "Winschoten", "Thomas van Dam",
                            "t.vandam@oostgroningenwonen.example", "0597-477889", "OFFICE", false),
                    new Organisation("Bakkerij Meijer", "71234505", "COMPANY", "1071", 8, "Hoofdstraat", "30",
                            "9679 BD", "Scheemda", "Jolanda Meijer", "jolanda@bakkerijmeijer.example", "0597-591234",
                            "BAKERY", false),
                    new Organisation("Jachthaven Blauwestad", "71234506", "COMPANY", "5530", 7, "Havenkade", "1",
                            "9681 PA", "Midwolda", "Rutger Bos", "rutger@jachthavenblauwestad.example", "0597-592345",
                            "OFFICE", false),
                    new Organisation("Sportcentrum De Boskamp", "71234507", "OTHER", "9311", 15, "Boskampweg", "4",
                            "9673 AN", "Winschoten", "Mirjam Hendriks", "m.hendriks@deboskamp.example", "0597-413344",
                            "CARE", true),
                    new Organisation("Noordkant Digitaal", "71234508", "COMPANY", "6201", 20, "Venne", "88",
                            "9671 ES", "Winschoten", "Daan Smit", "daan@noordkantdigitaal.example", "0597-419988",
                            "OFFICE", true)));

    static final List<Gemeente> GEMEENTEN = List.of(WESTERKWARTIER, OLDAMBT);
}
