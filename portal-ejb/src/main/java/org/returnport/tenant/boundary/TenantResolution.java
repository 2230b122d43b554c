package org.returnport.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import org.returnport.tenant.control.CurrentTenant;
import org.returnport.tenant.entity.Tenant;

/**
 * Turns what a request carries (a slug in the URL, the signed-in user's organizations) into the
 * current tenant. The one entry point for every request that acts for a tenant.
 */
@Stateless
public class TenantResolution {

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  /** For shopper pages: any known tenant, active or not; the page shows a suspended notice. */
  public Optional<Tenant> enterBySlug(String slug) {
    Optional<Tenant> tenant = tenants.findBySlug(slug);
    tenant.ifPresent(currentTenant::enter);
    return tenant;
  }

  /**
   * For staff: the tenant only when the user is a member of its organization and it is active.
   * Anything else looks exactly like a tenant that does not exist.
   */
  public Optional<Tenant> enterAsStaff(String slug, Collection<String> organizations) {
    if (slug == null || !organizations.contains(slug)) {
      return Optional.empty();
    }
    Optional<Tenant> tenant = tenants.findBySlug(slug).filter(Tenant::isActive);
    tenant.ifPresent(currentTenant::enter);
    return tenant;
  }
}
