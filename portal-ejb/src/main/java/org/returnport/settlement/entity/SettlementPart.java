package org.returnport.settlement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * One payout of a settlement, under a key that is its idempotency key for ever: announced (DUE),
 * then PAID, DECLINED or CANCELLED as its payer reports; a declined one is REPLACED when an agent
 * retries it or the shopper takes store credit instead.
 */
@Entity
@Table(name = "SETTLEMENT_PART")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = SettlementPart.FIND_BY_KEY,
    query = "SELECT p FROM SettlementPart p WHERE p.payoutKey = :key")
@NamedQuery(
    name = SettlementPart.DECLINED,
    query =
        "SELECT p FROM SettlementPart p WHERE p.state ="
            + " org.returnport.settlement.entity.PartState.DECLINED ORDER BY p.endedAt")
public class SettlementPart {

  public static final String FIND_BY_KEY = "SettlementPart.findByKey";
  public static final String DECLINED = "SettlementPart.declined";
  public static final int REFERENCE_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "SETTLEMENT_ID", nullable = false, updatable = false)
  private Settlement settlement;

  @Column(name = "PAYOUT_KEY", nullable = false, updatable = false, length = PayoutDue.KEY_MAX)
  private String payoutKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "METHOD", nullable = false, updatable = false, length = 20)
  private PayoutMethod method;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "BONUS", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal bonus;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 20)
  private PartState state;

  @Column(name = "PAID", nullable = false, precision = 19, scale = 4)
  private BigDecimal paid;

  @Column(name = "REFERENCE", length = REFERENCE_MAX)
  private String reference;

  @Column(name = "DUE_AT", nullable = false, updatable = false)
  private Instant dueAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  protected SettlementPart() {}

  SettlementPart(
      Settlement settlement,
      String payoutKey,
      PayoutMethod method,
      Money amount,
      Money bonus,
      Instant now) {
    this.settlement = settlement;
    this.payoutKey = payoutKey;
    this.method = method;
    this.currency = amount.currency();
    this.amount = amount.amount();
    this.bonus = bonus.amount();
    this.state = PartState.DUE;
    this.paid = BigDecimal.ZERO;
    this.dueAt = now;
  }

  /**
   * The payer's report. A payout reported twice keeps its first end; a late report of a payout
   * already replaced is kept as it was, since the replacement is what the shopper gets.
   */
  boolean end(
      org.returnport.events.PayoutOutcome outcome, Money paidAmount, String ref, Instant now) {
    if (state != PartState.DUE) {
      return false;
    }
    this.state =
        switch (outcome) {
          case PAID -> PartState.PAID;
          case DECLINED -> PartState.DECLINED;
          case CANCELLED -> PartState.CANCELLED;
        };
    this.paid =
        outcome == org.returnport.events.PayoutOutcome.PAID && paidAmount != null
            ? paidAmount.amount()
            : BigDecimal.ZERO;
    this.reference =
        ref == null ? null : ref.length() > REFERENCE_MAX ? ref.substring(0, REFERENCE_MAX) : ref;
    this.endedAt = now;
    return true;
  }

  void replace() {
    this.state = PartState.REPLACED;
  }

  public Long getId() {
    return id;
  }

  public Settlement getSettlement() {
    return settlement;
  }

  public String getPayoutKey() {
    return payoutKey;
  }

  public PayoutMethod getMethod() {
    return method;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  public Money getBonus() {
    return new Money(bonus, currency);
  }

  public PartState getState() {
    return state;
  }

  public Money getPaid() {
    return new Money(paid, currency);
  }

  public String getReference() {
    return reference;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
