package org.returnport.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.returnport.tenant.entity.Tenant;

/** The store a console page acts for, and the other stores the signed-in user may switch to. */
@Named
@RequestScoped
public class ConsoleStore {

  private String slug;
  private String name;
  private List<String> memberships = List.of();
  private boolean admin;

  public void show(Tenant tenant, List<String> memberships, boolean admin) {
    this.admin = admin;
    this.slug = tenant == null ? null : tenant.getSlug();
    this.name = tenant == null ? null : tenant.getDisplayName();
    this.memberships = List.copyOf(memberships);
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public List<String> getMemberships() {
    return memberships;
  }

  /** An administrator of this store (not of some other store the person works for). */
  public boolean isAdmin() {
    return admin;
  }

  public boolean isSwitchable() {
    return memberships.size() > 1;
  }
}
