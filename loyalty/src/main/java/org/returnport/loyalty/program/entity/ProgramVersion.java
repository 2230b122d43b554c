package org.returnport.loyalty.program.entity;

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
 * One published version of a store's points program. It never changes once written: each ledger
 * entry names the version it was made under, so points are earned under the rules of their time.
 */
@Entity
@Table(name = "LOYALTY_RULES")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ProgramVersion.ALL,
    query = "SELECT v FROM ProgramVersion v ORDER BY v.versionNo DESC")
@NamedQuery(
    name = ProgramVersion.BY_NUMBER,
    query = "SELECT v FROM ProgramVersion v WHERE v.versionNo = :versionNo")
public class ProgramVersion {

  public static final String ALL = "ProgramVersion.all";
  public static final String BY_NUMBER = "ProgramVersion.byNumber";

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
  @Convert(converter = ProgramRulesConverter.class)
  @Column(name = "RULES", nullable = false, updatable = false)
  private ProgramRules rules;

  protected ProgramVersion() {}

  public ProgramVersion(
      int versionNo, ProgramRules rules, String publishedBy, Instant publishedAt) {
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

  public ProgramRules getRules() {
    return rules;
  }
}
