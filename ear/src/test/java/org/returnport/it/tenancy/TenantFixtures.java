package org.returnport.it.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.entity.Slug;
import org.returnport.tenant.entity.StoreProfile;
import org.returnport.tenant.entity.Tenant;

/** Creates stores for a test and runs work as one of them. */
@Stateless
public class TenantFixtures {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  public Tenant store(String prefix) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    Tenant tenant =
        new Tenant(
            new StoreProfile(
                new Slug(slug), prefix, slug + "@example.com", "DE", Locale.ENGLISH, "EUR"),
            Instant.now());
    tenant.verify(Instant.now());
    em.persist(tenant);
    return tenant;
  }

  public <T> T as(Tenant tenant, Supplier<T> work) {
    return currentTenant.callAs(tenant.ref(), work);
  }
}
