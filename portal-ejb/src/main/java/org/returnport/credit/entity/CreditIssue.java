package org.returnport.credit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.returnport.events.PayoutDue;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * A payout paid in credit: at most one per payout key in a store (a unique key), so a payout
 * announced twice is issued once. It ties the return to the account for the shopper's pages.
 */
@Entity
@Table(name = "CREDIT_ISSUE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CreditIssue.BY_PAYOUT,
    query = "SELECT i FROM CreditIssue i WHERE i.payoutKey = :payoutKey")
@NamedQuery(
    name = CreditIssue.OF_RETURN,
    query = "SELECT i FROM CreditIssue i WHERE i.returnId = :returnId ORDER BY i.id")
public class CreditIssue {

  public static final String BY_PAYOUT = "CreditIssue.byPayout";
  public static final String OF_RETURN = "CreditIssue.ofReturn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "PAYOUT_KEY", nullable = false, updatable = false, length = PayoutDue.KEY_MAX)
  private String payoutKey;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "BONUS", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal bonus;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "ISSUED_AT", nullable = false, updatable = false)
  private Instant issuedAt;

  protected CreditIssue() {}

  public CreditIssue(PayoutDue due, CreditAccount account, Instant now) {
    this.payoutKey = due.payoutKey();
    this.accountId = account.getId();
    this.returnId = due.returnId();
    this.rma = due.rma();
    this.amount = due.amount().amount();
    this.bonus = bonus(due).amount();
    this.currency = due.amount().currency();
    this.issuedAt = now;
  }

  /** The policy's bonus; none when the event carries none. */
  public static Money bonus(PayoutDue due) {
    return due.bonus() == null ? Money.zero(due.amount().currency()) : due.bonus();
  }

  public Long getId() {
    return id;
  }

  public String getPayoutKey() {
    return payoutKey;
  }

  public Long getAccountId() {
    return accountId;
  }

  public long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  public Money getBonus() {
    return new Money(bonus, currency);
  }

  public Money getTotal() {
    return getAmount().plus(getBonus());
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }
}
