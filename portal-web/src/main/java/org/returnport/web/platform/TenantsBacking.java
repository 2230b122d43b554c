package org.returnport.web.platform;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.util.List;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;
import org.returnport.web.errors.Feedback;

/** {@code /platform/tenants.xhtml}: the operator's list of stores, suspending and reactivating. */
@Model
public class TenantsBacking {

  private static final int PAGE_SIZE = 200;

  @Inject Tenants tenants;

  @Inject Feedback feedback;

  public List<Tenant> getTenants() {
    return tenants.list(0, PAGE_SIZE);
  }

  public String suspend(String slug) {
    tenants.suspend(slug);
    feedback.info("platform.suspended", slug);
    return "/platform/tenants?faces-redirect=true";
  }

  public String reactivate(String slug) {
    tenants.reactivate(slug);
    feedback.info("platform.reactivated", slug);
    return "/platform/tenants?faces-redirect=true";
  }
}
