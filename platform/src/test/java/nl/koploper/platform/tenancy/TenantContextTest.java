package nl.koploper.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    @Test
    void withoutATenantTheContextFailsClosed() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(MissingTenantException.class);
    }

    @Test
    void leavingAScopeRestoresThePreviousTenant() {
        TenantContext.runAs(TenantId.of("groningen"), () -> {
            TenantContext.runAs(TenantId.of("westerkwartier"),
                    () -> assertThat(TenantContext.require().value()).isEqualTo("westerkwartier"));
            assertThat(TenantContext.require().value()).isEqualTo("groningen");
        });
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aScopeIsLeftEvenWhenTheWorkFails() {
        assertThatThrownBy(() -> TenantContext.runAs(TenantId.of("groningen"), () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void onlySlugsAreTenants() {
        for (String bad : new String[] {"", "Groningen", "../x", "a_b", "-a", "a-", "x".repeat(41), "a b", "a.b"}) {
            assertThatThrownBy(() -> TenantId.of(bad)).as(bad).isInstanceOf(InvalidTenantException.class);
        }
        assertThat(TenantId.of("het-hogeland").value()).isEqualTo("het-hogeland");
    }

    @Test
    void theDatabaseFactoryRefusesWorkWithoutATenant() {
        try (var client = MongoClients.create("mongodb://127.0.0.1:1")) { // never connected: refusal comes first
            var factory = new TenantRoutingMongoDatabaseFactory(client, "cohort", database -> { });
            assertThatThrownBy(factory::getMongoDatabase).isInstanceOf(MissingTenantException.class);
            assertThat(TenantContext.callAs(TenantId.of("midden-groningen"), () -> factory.getMongoDatabase().getName()))
                    .isEqualTo("cohort_midden-groningen");
            assertThat(factory.tenantOf("cohort_midden-groningen")).contains(TenantId.of("midden-groningen"));
            assertThat(factory.tenantOf("cohort")).isEmpty();
            assertThat(factory.tenantOf("footprint_groningen")).isEmpty();
        }
    }
}
