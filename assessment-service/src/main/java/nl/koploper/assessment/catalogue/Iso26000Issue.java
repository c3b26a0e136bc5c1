package nl.koploper.assessment.catalogue;

import java.util.List;

/**
 * One of the 37 ISO 26000 issues as the advisor works with it: the Dutch title, the questions to ask about internal
 * operations and about products and services, and a short hint per maturity level 0-4.
 */
public record Iso26000Issue(String code, CoreSubject coreSubject, String title, List<String> internalPrompts,
                            List<String> productsAndServicesPrompts, List<String> maturityHints) {

    public Iso26000Issue {
        internalPrompts = List.copyOf(internalPrompts);
        productsAndServicesPrompts = List.copyOf(productsAndServicesPrompts);
        maturityHints = List.copyOf(maturityHints);
    }
}
