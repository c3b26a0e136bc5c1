package nl.koploper.notification.delivery;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.koploper.platform.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The gemeenten that have mail, in the shared database: the sender and the retention job go over these. A gemeente
 * is registered before its first mail is stored, so no mail can sit in a database the sender does not know of.
 * Entries stay (a handful of gemeenten, one small query each per pass); a gemeente without open mail costs the
 * sender one indexed query per pass.
 */
@Component
public class MailTenants {

    private final MongoTemplate shared;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    MailTenants(@Qualifier("sharedMongoTemplate") MongoTemplate shared) {
        this.shared = shared;
    }

    public void register(TenantId tenant) {
        if (registered.contains(tenant.value())) {
            return;
        }
        shared.save(new MailTenant(tenant.value()));
        registered.add(tenant.value());
    }

    public List<TenantId> all() {
        return shared.findAll(MailTenant.class).stream().map(t -> TenantId.of(t.tenantId())).toList();
    }

    @Document("mail_tenants")
    record MailTenant(@Id String tenantId) {
    }
}
