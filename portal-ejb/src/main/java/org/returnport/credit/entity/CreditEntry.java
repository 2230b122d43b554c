package org.returnport.credit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/** One line of an account's ledger. Written once, never changed (every column is not updatable). */
@Entity
@Table(name = "CREDIT_ENTRY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CreditEntry.OF_ACCOUNT,
    query = "SELECT e FROM CreditEntry e WHERE e.accountId = :accountId ORDER BY e.id")
@NamedQuery(
    name = CreditEntry.BY_REFERENCE,
    query = "SELECT e FROM CreditEntry e WHERE e.kind = :kind AND e.reference = :reference")
public class CreditEntry {

  public static final String OF_ACCOUNT = "CreditEntry.ofAccount";
  public static final String BY_REFERENCE = "CreditEntry.byReference";
  public static final int REFERENCE_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 16)
  private EntryKind kind;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "BALANCE_AFTER", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal balanceAfter;

  @Column(name = "REFERENCE", updatable = false, length = REFERENCE_MAX)
  private String reference;

  @Column(name = "POSTED_AT", nullable = false, updatable = false)
  private Instant postedAt;

  protected CreditEntry() {}

  CreditEntry(
      CreditAccount account,
      EntryKind kind,
      Money amount,
      Money balanceAfter,
      String reference,
      Instant now) {
    this.accountId = account.getId();
    this.kind = kind;
    this.amount = amount.amount();
    this.balanceAfter = balanceAfter.amount();
    this.reference = reference;
    this.postedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public EntryKind getKind() {
    return kind;
  }

  /** The signed amount in the account's currency (the caller knows the account). */
  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getBalanceAfter() {
    return balanceAfter;
  }

  public String getReference() {
    return reference;
  }

  public Instant getPostedAt() {
    return postedAt;
  }
}
