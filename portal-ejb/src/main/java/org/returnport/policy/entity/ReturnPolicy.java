package org.returnport.policy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * One published version of a store's return policy. It never changes once written: a return keeps
 * the number of the version it was requested under and is always judged by it.
 */
@Entity
@Table(name = "RETURN_POLICY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ReturnPolicy.FIND_ALL,
    query = "SELECT p FROM ReturnPolicy p ORDER BY p.versionNo DESC")
@NamedQuery(
    name = ReturnPolicy.FIND_BY_VERSION,
    query = "SELECT p FROM ReturnPolicy p WHERE p.versionNo = :versionNo")
public class ReturnPolicy {

  public static final String FIND_ALL = "ReturnPolicy.findAll";
  public static final String FIND_BY_VERSION = "ReturnPolicy.findByVersion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "VERSION_NO", nullable = false, updatable = false)
  private int versionNo;

  @Column(name = "PUBLISHED_AT", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "PUBLISHED_BY", nullable = false, updatable = false, length = 254)
  private String publishedBy;

  @Lob
  @Convert(converter = PolicyRulesConverter.class)
  @Column(name = "RULES", nullable = false, updatable = false)
  private PolicyRules rules;

  protected ReturnPolicy() {}

  public ReturnPolicy(int versionNo, PolicyRules rules, String publishedBy, Instant publishedAt) {
    this.versionNo = versionNo;
    this.rules = rules.checked();
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public PolicyRules getRules() {
    return rules;
  }
}
