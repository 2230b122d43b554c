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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenant.control.Tenancy;

/** The tenant's record of a staff member it invited. Never edited: a new role is a new invite. */
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
public class StaffInvitation {

  public static final String FIND_ALL = "StaffInvitation.findAll";
  public static final String FIND_BY_EMAIL = "StaffInvitation.findByEmail";

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
}
