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
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenant.control.Tenancy;

/**
 * The tenant's record of a staff member it invited. The role is fixed (a new role is a new
 * invitation); accepting it binds it to one Keycloak user, once.
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

  /** The invited person, signed in as the invited address, took the role. */
  public void accept(String keycloakUserId, Instant at) {
    if (acceptedAt != null) {
      throw new IllegalStateException("invitation " + id + " was accepted already");
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
}
