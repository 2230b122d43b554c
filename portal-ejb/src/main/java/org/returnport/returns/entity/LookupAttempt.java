package org.returnport.returns.entity;

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
import org.returnport.tenant.control.Tenancy;

/** A failed return look-up, kept as a digest of the order number or e-mail address tried. */
@Entity
@Table(name = "LOOKUP_ATTEMPT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = LookupAttempt.COUNT_SINCE,
    query = "SELECT COUNT(a) FROM LookupAttempt a WHERE a.subject = :subject AND a.at > :since")
public class LookupAttempt {

  public static final String COUNT_SINCE = "LookupAttempt.countSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SUBJECT", nullable = false, updatable = false, length = 64)
  private String subject;

  @Column(name = "AT", nullable = false, updatable = false)
  private Instant at;

  protected LookupAttempt() {}

  public LookupAttempt(String subject, Instant at) {
    this.subject = subject;
    this.at = at;
  }
}
