package org.returnport.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.entity.Branding;
import org.returnport.tenant.entity.LogoImage;
import org.returnport.tenant.entity.Tenant;
import org.returnport.tenant.entity.TenantLogo;

/** The current store's name, colours, languages and logo, changed by its administrators. */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StoreBranding {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Tenants tenants;

  @Inject KeycloakAdmin keycloak;

  private final Clock clock = Clock.systemUTC();

  public Branding current() {
    return store().branding();
  }

  /**
   * A new name goes to the store's Keycloak organization too: members see it on the sign-in pages
   * (the login theme reads it there, not from the address of the page).
   */
  public void rebrand(Branding branding) {
    Tenant tenant = store();
    boolean renamed = !tenant.branding().displayName().equals(branding.displayName());
    tenant.rebrand(branding);
    if (renamed) {
      tenant
          .getOrganizationId()
          .ifPresent(
              organization -> keycloak.renameOrganization(organization, branding.displayName()));
    }
  }

  public void replaceLogo(byte[] upload) {
    LogoImage image = LogoImage.check(upload);
    Tenant tenant = store();
    TenantLogo logo = em.find(TenantLogo.class, tenant.getId());
    if (logo == null) {
      em.persist(new TenantLogo(tenant.getId(), image, clock.instant()));
    } else {
      logo.replace(image, clock.instant());
    }
  }

  private Tenant store() {
    return tenants.require(currentTenant.get().orElseThrow().slug());
  }
}
