package nl.koploper.test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The architecture rules every service keeps, in one place: a service's {@code ArchitectureTest} calls
 * {@link #checkService} with its root package, so a rule added here holds for every service at once.
 *
 * <ul>
 *   <li><b>Services stay apart</b>: a service's classes use no class of another service; what they share is
 *       {@code nl.koploper.contracts} (event payloads, topics) and {@code nl.koploper.platform} (the library).</li>
 *   <li><b>Controllers leave storage and messaging to the service's own classes</b>: a class annotated
 *       {@code @RestController} or {@code @Controller} uses no MongoDB (Spring Data MongoDB, the driver, BSON), no
 *       Spring Data repository and no Kafka. It calls the feature's {@code *Service} or {@code *Store}: the store is
 *       this codebase's data-access class (tenant database, queries, optimistic locking), and a thin controller
 *       calling it directly, without a service in between, is the intended style where there is no more to do.</li>
 * </ul>
 */
public final class ArchitectureRules {

    static final String CONTRACTS = "nl.koploper.contracts..";
    static final String PLATFORM = "nl.koploper.platform..";

    /** Storage and messaging technology: a controller reaches it only through a store, a service or the outbox. */
    static final String[] STORAGE_AND_MESSAGING = {
            "org.springframework.data.mongodb..", "org.springframework.data.repository..", "com.mongodb..",
            "org.bson..", "org.apache.kafka..", "org.springframework.kafka.."};

    private ArchitectureRules() {
    }

    /** Checks every rule on the production classes of the service rooted at {@code servicePackage}. */
    public static void checkService(String servicePackage) {
        forService(servicePackage).check(mainClasses(servicePackage));
    }

    /** Every rule for the service rooted at {@code servicePackage}, e.g. {@code nl.koploper.cohort}. */
    public static ArchRule forService(String servicePackage) {
        return CompositeArchRule.of(servicesStayApart(servicePackage))
                .and(controllersLeaveStorageAndMessagingToStoresAndServices());
    }

    /** The production classes (no test classes) under {@code packageName}. */
    public static JavaClasses mainClasses(String packageName) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageName);
    }

    public static ArchRule servicesStayApart(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat(resideInAPackage("nl.koploper..")
                        .and(not(resideInAnyPackage(servicePackage + "..", CONTRACTS, PLATFORM))))
                .as("classes of " + servicePackage + " use no class of another service, only "
                        + "nl.koploper.contracts and nl.koploper.platform")
                .because("services share only the event contracts and the platform library (ARCHITECTURE.md: "
                        + "they never read each other's data or call each other for work an event can carry)");
    }

    public static ArchRule controllersLeaveStorageAndMessagingToStoresAndServices() {
        return noClasses().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                .should().dependOnClassesThat().resideInAnyPackage(STORAGE_AND_MESSAGING)
                .as("controllers use no MongoDB, Spring Data repository or Kafka class")
                .because("a controller reads and writes through the feature's service or store, which keep the "
                        + "tenant's database, the queries and the optimistic locks in one place, and events leave "
                        + "through the aggregate's outbox, never from a request straight to Kafka");
    }
}
