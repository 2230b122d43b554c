package org.returnport.tenant.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
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

  private final Clock clock = Clock.systemUTC();

  public Branding current() {
    return store().branding();
  }

  public void rebrand(Branding branding) {
    store().rebrand(branding);
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
