package org.returnport.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.identity.control.KeycloakAdmin;
import org.returnport.identity.control.KeycloakUser;
import org.returnport.identity.control.LinkSignatures;
import org.returnport.identity.control.PersonName;
import org.returnport.staff.entity.StaffInvitation;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.control.AccountMails;
import org.returnport.tenant.entity.MerchantSignUp;
import org.returnport.tenant.entity.Tenant;

/** The current tenant's staff: who was invited, with which role. */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class StaffDirectory {

  @PersistenceContext EntityManager em;

  /** Roles a merchant admin hands out; another admin is not one of them. */
  public static final Set<StaffRole> INVITABLE =
      EnumSet.of(StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE, StaffRole.MODERATOR);

  @Inject KeycloakAdmin keycloak;

  @Inject CurrentTenant currentTenant;

  @Inject Tenants tenants;

  @Inject LinkSignatures links;

  @Inject AccountMails mails;

  private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());
  private static final String PURPOSE = "staff-invitation";

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
   * Invites a staff member: the invitation is recorded and a link to accept it is e-mailed to the
   * address. Nobody joins the store, and no account is touched, before the invited person accepts.
   */
  public StaffInvitation invite(String email, StaffRole role, String invitedBy) {
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
    StaffInvitation invitation = new StaffInvitation(normalized, role, invitedBy, clock.instant());
    em.persist(invitation);
    em.flush();
    send(invitation);
    return invitation;
  }

  /** E-mails a pending invitation again with a new link; the links sent before stop working. */
  public StaffInvitation resend(long invitationId) {
    StaffInvitation invitation = pending(invitationId);
    if (!invitation.mayResend(clock.instant())) {
      throw new RejectedException(null, "returnport.staff.resendTooSoon");
    }
    send(invitation);
    return invitation;
  }

  /**
   * Withdraws a pending invitation: its links stop working, and the address may be invited anew.
   */
  public void revoke(long invitationId) {
    em.remove(pending(invitationId));
  }

  /**
   * What an invitation link offers, for the person who follows it: which store, which role, for
   * which address, and whether that address has an account to sign in with. Refused with a reason
   * when the link is forged, replaced, withdrawn, used or expired.
   */
  @AnyCaller
  public Offer offer(long invitationId, String token) {
    StaffInvitation invitation = valid(invitationId, token, LockModeType.NONE);
    Account account =
        keycloak
            .findUser(invitation.getEmail())
            .map(user -> user.emailVerified() ? Account.VERIFIED : Account.UNVERIFIED)
            .orElse(Account.NONE);
    return new Offer(
        currentStore().getDisplayName(), invitation.getEmail(), invitation.getRole(), account);
  }

  /**
   * The signed-in person accepts the invitation of the link: only when their Keycloak account is
   * the invited address and that address is verified. An account someone registered with another
   * person's address, never proved, is refused even if it holds the link.
   */
  @AnyCaller
  public StaffInvitation accept(long invitationId, String token, String keycloakUserId) {
    StaffInvitation invitation = valid(invitationId, token, LockModeType.PESSIMISTIC_WRITE);
    KeycloakUser user =
        keycloak
            .user(keycloakUserId)
            .orElseThrow(() -> new RejectedException(null, "returnport.invitation.invalid"));
    if (!invitation.getEmail().equalsIgnoreCase(user.email())) {
      throw new RejectedException(
          null, "returnport.invitation.otherAddress", invitation.getEmail(), user.email());
    }
    if (!user.emailVerified()) {
      throw new RejectedException(null, "returnport.invitation.unverifiedAccount");
    }
    return join(invitation, user.id());
  }

  /**
   * The person who followed the link, not signed in, accepts by choosing their name and password.
   * Following the link proved the address, so the account is created with it verified. An account
   * that already had this address but never proved it was someone else's claim on it: it becomes
   * theirs, with the new password, and its old sessions end. An address with a verified account
   * must sign in instead.
   */
  @AnyCaller
  public StaffInvitation acceptWithNewPassword(
      long invitationId,
      String token,
      @NotBlank @Size(max = MerchantSignUp.PERSON_NAME_MAX) String firstName,
      @NotBlank @Size(max = MerchantSignUp.PERSON_NAME_MAX) String lastName,
      @NotNull @Size(min = MerchantSignUp.PASSWORD_MIN, max = MerchantSignUp.PASSWORD_MAX)
          String password) {
    StaffInvitation invitation = valid(invitationId, token, LockModeType.PESSIMISTIC_WRITE);
    PersonName name = new PersonName(firstName.strip(), lastName.strip());
    Optional<KeycloakUser> existing = keycloak.findUser(invitation.getEmail());
    if (existing.filter(KeycloakUser::emailVerified).isPresent()) {
      throw new RejectedException(null, "returnport.invitation.signInInstead");
    }
    String userId;
    if (existing.isPresent()) {
      userId = existing.get().id();
      keycloak.claimUnverified(userId, name, password);
    } else {
      userId = keycloak.createUser(invitation.getEmail(), name, password, true);
    }
    return join(invitation, userId);
  }

  /** What a person following an invitation link is offered. */
  public record Offer(String storeName, String email, StaffRole role, Account account)
      implements java.io.Serializable {}

  /** Whether the invited address has a Keycloak account, and whether its address was proved. */
  public enum Account {
    NONE,
    UNVERIFIED,
    VERIFIED
  }

  private StaffInvitation join(StaffInvitation invitation, String userId) {
    String slug = currentTenant.get().orElseThrow().slug();
    String organizationId =
        currentStore()
            .getOrganizationId()
            .or(() -> keycloak.findOrganizationId(slug))
            .orElseThrow(() -> new IllegalStateException("tenant without organization: " + slug));
    keycloak.grantRealmRole(userId, invitation.getRole().roleName());
    keycloak.addMember(organizationId, userId);
    invitation.accept(userId, clock.instant());
    LOG.info(() -> "Invitation " + invitation.getId() + " accepted by user " + userId);
    return invitation;
  }

  /** The invitation of a link that we signed, for its current expiry, not used and not expired. */
  private StaffInvitation valid(long invitationId, String token, LockModeType lock) {
    StaffInvitation invitation = em.find(StaffInvitation.class, invitationId, lock);
    if (invitation == null || !links.matches(token, PURPOSE, signed(invitation))) {
      throw new RejectedException(null, "returnport.invitation.invalid");
    }
    if (invitation.isAccepted()) {
      throw new RejectedException(null, "returnport.invitation.used");
    }
    if (invitation.isExpired(clock.instant())) {
      throw new RejectedException(null, "returnport.invitation.expired");
    }
    return invitation;
  }

  private StaffInvitation pending(long invitationId) {
    StaffInvitation invitation = em.find(StaffInvitation.class, invitationId);
    if (invitation == null) {
      throw new NotFoundException("invitation " + invitationId);
    }
    if (invitation.isAccepted()) {
      throw new RejectedException(null, "returnport.staff.alreadyAccepted");
    }
    return invitation;
  }

  private void send(StaffInvitation invitation) {
    invitation.send(clock.instant());
    Tenant store = currentStore();
    String path =
        "/invitation.xhtml?store="
            + store.getSlug()
            + "&invitation="
            + invitation.getId()
            + "&t="
            + links.sign(PURPOSE, signed(invitation));
    mails.staffInvitation(
        store,
        invitation.getEmail(),
        invitation.getRole(),
        invitation.getInvitedBy(),
        path,
        StaffInvitation.VALID_FOR);
  }

  /**
   * What an invitation link vouches for: this invitation of this store, to this address, for this
   * role, until this time (which a new link moves, so that it replaces the old ones).
   */
  private Object[] signed(StaffInvitation invitation) {
    return new Object[] {
      currentTenant.get().orElseThrow().slug(),
      invitation.getId(),
      invitation.getEmail(),
      invitation.getRole().name(),
      invitation.getExpiresAt().map(Instant::getEpochSecond).orElse(0L)
    };
  }

  private Tenant currentStore() {
    return tenants.require(currentTenant.get().orElseThrow().slug());
  }
}
