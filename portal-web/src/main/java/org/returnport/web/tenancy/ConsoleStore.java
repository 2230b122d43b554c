package org.returnport.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.returnport.access.StaffRole;
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
  private boolean hub;
  private boolean moderation;

  @Inject HttpSession session;

  public void show(Tenant tenant, List<String> memberships, Optional<StaffRole> role) {
    this.admin = role.filter(r -> r == StaffRole.MERCHANT_ADMIN).isPresent();
    this.returnsDesk = admin || role.filter(r -> r == StaffRole.MERCHANT_AGENT).isPresent();
    this.hub = admin || role.filter(r -> r == StaffRole.WAREHOUSE).isPresent();
    this.moderation = admin || role.filter(r -> r == StaffRole.MODERATOR).isPresent();
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

  /** Someone who works at the hub: an administrator or a warehouse worker. */
  public boolean isHub() {
    return hub;
  }

  /** Someone who moderates the store's community: an administrator or a moderator. */
  public boolean isModeration() {
    return moderation;
  }

  /**
   * Makes the given store, one the person works for, the one the console acts for from the next
   * request on. Only a form's action calls this: a link or an image on another site cannot switch a
   * person's store.
   */
  public boolean choose(String wanted) {
    if (!memberships.contains(wanted)) {
      return false;
    }
    session.setAttribute(ConsoleTenantFilter.CHOSEN, wanted);
    return true;
  }

  public boolean isSwitchable() {
    return memberships.size() > 1;
  }
}
