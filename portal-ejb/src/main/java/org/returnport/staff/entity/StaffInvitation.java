package org.returnport.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.access.StaffRole;
import org.returnport.tenancy.Tenancy;

/**
 * The tenant's record of a staff member it invited. The role is fixed (a new role is a new
 * invitation). The invitation is a link e-mailed to the address, valid for {@link #VALID_FOR};
 * accepting it binds it to one Keycloak user, once. Until then it gives nobody anything.
 */
@Entity
@Table(name = "STAFF_INVITATION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = StaffInvitation.FIND_ALL,
    query = "SELECT s FROM StaffInvitation s ORDER BY s.invitedAt DESC")
@NamedQuery(
    name = StaffInvitation.FIND_BY_EMAIL,
    query = "SELECT s FROM StaffInvitation s WHERE s.email = :email")
@NamedQuery(
    name = StaffInvitation.FIND_ACCEPTED_BY_USER,
    query = "SELECT s FROM StaffInvitation s WHERE s.userId = :userId AND s.acceptedAt IS NOT NULL")
public class StaffInvitation {

  public static final String FIND_ALL = "StaffInvitation.findAll";
  public static final String FIND_BY_EMAIL = "StaffInvitation.findByEmail";
  public static final String FIND_ACCEPTED_BY_USER = "StaffInvitation.findAcceptedByUser";

  public static final Duration VALID_FOR = Duration.ofDays(7);

  /** How long an admin waits before sending the same invitation again. */
  public static final Duration RESEND_AFTER = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "EMAIL", nullable = false, updatable = false, length = 254)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "ROLE", nullable = false, updatable = false, length = 32)
  private StaffRole role;

  @Column(name = "INVITED_BY", nullable = false, updatable = false, length = 254)
  private String invitedBy;

  @Column(name = "INVITED_AT", nullable = false, updatable = false)
  private Instant invitedAt;

  /** The Keycloak user who accepted the invitation: the one person the role belongs to. */
  @Column(name = "USER_ID", length = 36)
  private String userId;

  @Column(name = "ACCEPTED_AT")
  private Instant acceptedAt;

  @Column(name = "SENT_AT")
  private Instant sentAt;

  @Column(name = "EXPIRES_AT")
  private Instant expiresAt;

  protected StaffInvitation() {}

  public StaffInvitation(String email, StaffRole role, String invitedBy, Instant invitedAt) {
    this.email = email;
    this.role = role;
    this.invitedBy = invitedBy;
    this.invitedAt = invitedAt;
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public StaffRole getRole() {
    return role;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  /**
   * The link goes out (again): valid from now for {@link #VALID_FOR}. The new expiry is part of the
   * new link's signature, so links sent before stop working.
   */
  public void send(Instant now) {
    if (acceptedAt != null) {
      throw new IllegalStateException("invitation " + id + " was accepted already");
    }
    this.sentAt = now;
    this.expiresAt = now.plus(VALID_FOR).truncatedTo(ChronoUnit.SECONDS);
  }

  /** Not accepted, and sent long enough ago that sending it again is no flood. */
  public boolean mayResend(Instant now) {
    return acceptedAt == null && (sentAt == null || !now.isBefore(sentAt.plus(RESEND_AFTER)));
  }

  public boolean isExpired(Instant now) {
    return expiresAt == null || !now.isBefore(expiresAt);
  }

  /** The invited person, signed in as the invited address, took the role. */
  public void accept(String keycloakUserId, Instant at) {
    if (acceptedAt != null) {
      throw new IllegalStateException("invitation " + id + " was accepted already");
    }
    if (isExpired(at)) {
      throw new IllegalStateException("invitation " + id + " has expired");
    }
    this.userId = keycloakUserId;
    this.acceptedAt = at;
  }

  public boolean isAccepted() {
    return acceptedAt != null;
  }

  public Optional<String> getUserId() {
    return Optional.ofNullable(userId);
  }

  public Optional<Instant> getAcceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  /** When the link sent last stops working; none for invitations made before links existed. */
  public Optional<Instant> getExpiresAt() {
    return Optional.ofNullable(expiresAt);
  }
}
