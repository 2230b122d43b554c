package org.returnport.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.returnport.staff.entity.StaffRole;
import org.returnport.tenant.entity.Tenant;

/** The store a console page acts for, and the other stores the signed-in user may switch to. */
@Named
@RequestScoped
public class ConsoleStore {

  private String slug;
  private String name;
  private List<String> memberships = List.of();
  private boolean admin;
  private boolean returnsDesk;

  public void show(Tenant tenant, List<String> memberships, Optional<StaffRole> role) {
    this.admin = role.filter(r -> r == StaffRole.MERCHANT_ADMIN).isPresent();
    this.returnsDesk = admin || role.filter(r -> r == StaffRole.MERCHANT_AGENT).isPresent();
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

  /** Someone who handles this store's returns: an administrator or an agent. */
  public boolean isReturnsDesk() {
    return returnsDesk;
  }

  public boolean isSwitchable() {
    return memberships.size() > 1;
  }
}
