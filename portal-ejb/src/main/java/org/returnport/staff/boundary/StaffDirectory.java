package org.returnport.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.platform.entity.RejectedException;
import org.returnport.staff.control.AnyCaller;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.control.TemporaryPassword;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.staff.entity.StaffRole;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.control.CurrentTenant;
import org.returnport.tenant.control.TenantScoped;

/** The current tenant's staff: who was invited, with which role. */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StaffDirectory {

  @PersistenceContext EntityManager em;

  /**
   * An invitation made, with the temporary password of the new account when the person had none
   * (shown to the admin once, to pass on; it must be changed at the first sign-in).
   */
  public record Invited(StaffInvitation invitation, Optional<String> temporaryPassword) {}

  /** Roles a merchant admin hands out; another admin is not one of them. */
  public static final Set<StaffRole> INVITABLE =
      EnumSet.of(StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE, StaffRole.MODERATOR);

  @Inject KeycloakAdmin keycloak;

  @Inject CurrentTenant currentTenant;

  @Inject Tenants tenants;

  private final Clock clock = Clock.systemUTC();

  /**
   * The role a Keycloak user has in the current store: administrator for the owner who opened it,
   * else the role of the invitation they accepted; nothing for anyone else, whatever Keycloak's
   * organizations and realm roles say.
   */
  @AnyCaller
  public Optional<StaffRole> roleOf(String keycloakUserId) {
    if (keycloakUserId == null || keycloakUserId.isBlank()) {
      return Optional.empty();
    }
    String slug = currentTenant.get().orElseThrow().slug();
    if (tenants.require(slug).isOwnedBy(keycloakUserId)) {
      return Optional.of(StaffRole.MERCHANT_ADMIN);
    }
    return em.createNamedQuery(StaffInvitation.FIND_ACCEPTED_BY_USER, StaffInvitation.class)
        .setParameter("userId", keycloakUserId)
        .getResultStream()
        .map(StaffInvitation::getRole)
        .findFirst();
  }

  public List<StaffInvitation> invitations() {
    return invitations(0, Integer.MAX_VALUE);
  }

  public List<StaffInvitation> invitations(int first, int max) {
    return em.createNamedQuery(StaffInvitation.FIND_ALL, StaffInvitation.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(s) FROM StaffInvitation s", Long.class).getSingleResult();
  }

  /**
   * Invites a staff member: a Keycloak user that must choose a password at first sign-in (or the
   * existing user, when the person already works for another store) joins the tenant's organization
   * with the role given.
   */
  public Invited invite(String email, StaffRole role, String invitedBy) {
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    if (!INVITABLE.contains(role)) {
      throw new RejectedException("role", "returnport.staff.roleNotAllowed");
    }
    boolean known =
        !em.createNamedQuery(StaffInvitation.FIND_BY_EMAIL, StaffInvitation.class)
            .setParameter("email", normalized)
            .getResultList()
            .isEmpty();
    if (known) {
      throw new RejectedException("email", "returnport.staff.alreadyInvited");
    }
    String slug = currentTenant.get().orElseThrow().slug();
    StaffInvitation invitation = new StaffInvitation(normalized, role, invitedBy, clock.instant());
    em.persist(invitation);
    em.flush();
    String organizationId =
        tenants
            .require(slug)
            .getOrganizationId()
            .or(() -> keycloak.findOrganizationId(slug))
            .orElseThrow(() -> new IllegalStateException("tenant without organization: " + slug));
    Optional<String> existing = keycloak.findUserId(normalized);
    Optional<String> temporaryPassword =
        existing.isPresent() ? Optional.empty() : Optional.of(TemporaryPassword.generate());
    String userId =
        existing.orElseGet(
            () -> keycloak.createUser(normalized, null, temporaryPassword.get(), true));
    keycloak.grantRealmRole(userId, role.roleName());
    keycloak.addMember(organizationId, userId);
    invitation.accept(userId, clock.instant());
    return new Invited(invitation, temporaryPassword);
  }
}
