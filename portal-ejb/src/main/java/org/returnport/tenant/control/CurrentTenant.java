package org.returnport.tenant.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.returnport.tenant.entity.Tenant;

/**
 * The tenant the current request or job acts for. It is entered once, by the component that
 * resolved it (the slug in the URL, the signed-in user's organization, the API token or key), and
 * read only by {@link TenantIsolation}.
 */
@RequestScoped
public class CurrentTenant {

  private TenantRef tenant;

  public void enter(Tenant resolved) {
    if (tenant != null && !tenant.id().equals(resolved.getId())) {
      throw new IllegalStateException("a request acts for one tenant only");
    }
    this.tenant = new TenantRef(resolved.getId(), resolved.getSlug());
  }

  public Optional<TenantRef> get() {
    return Optional.ofNullable(tenant);
  }

  TenantRef require() {
    if (tenant == null) {
      throw new IllegalStateException("no tenant entered for this request");
    }
    return tenant;
  }

  /** Id and slug only: enough to scope queries and to log, nothing to leak. */
  public record TenantRef(Long id, String slug) {}
}
