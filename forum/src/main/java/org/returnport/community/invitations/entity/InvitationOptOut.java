package org.returnport.community.invitations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;
import org.returnport.values.EmailAddress;

/** An address that asked the store for no more review invitations. */
@Entity
@Table(name = "REVIEW_INVITATION_OPT_OUT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = InvitationOptOut.COUNT,
    query = "SELECT COUNT(o) FROM InvitationOptOut o WHERE o.email = :email")
public class InvitationOptOut {

  public static final String COUNT = "InvitationOptOut.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "EMAIL", nullable = false, updatable = false, length = EmailAddress.MAX)
  private String email;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected InvitationOptOut() {}

  public InvitationOptOut(String email, Instant now) {
    this.email = email;
    this.createdAt = now;
  }
}
