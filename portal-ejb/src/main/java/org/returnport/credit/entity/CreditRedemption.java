package org.returnport.credit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * A redemption by the store's shop system, under the idempotency key it chose (unique in the
 * store): the same key again gets this answer back and takes nothing more. {@code requestHash}
 * fingerprints what was asked, so the same key with another request is told apart.
 */
@Entity
@Table(name = "CREDIT_REDEMPTION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CreditRedemption.BY_KEY,
    query = "SELECT r FROM CreditRedemption r WHERE r.idempotencyKey = :key")
public class CreditRedemption {

  public static final String BY_KEY = "CreditRedemption.byKey";
  public static final int KEY_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false, length = KEY_MAX)
  private String idempotencyKey;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "REQUEST_HASH", nullable = false, updatable = false, length = 64)
  private String requestHash;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "BALANCE_AFTER", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal balanceAfter;

  @Column(name = "REDEEMED_AT", nullable = false, updatable = false)
  private Instant redeemedAt;

  @Column(name = "REVERSED_AT")
  private Instant reversedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CreditRedemption() {}

  public CreditRedemption(
      String idempotencyKey, CreditAccount account, String requestHash, Money amount, Instant now) {
    this.idempotencyKey = idempotencyKey;
    this.accountId = account.getId();
    this.requestHash = requestHash;
    this.amount = amount.amount();
    this.currency = amount.currency();
    this.balanceAfter = account.getBalance().amount();
    this.redeemedAt = now;
  }

  /** Whether this is the first time it is given back (a second reversal changes nothing). */
  public boolean reverse(Instant now) {
    if (reversedAt != null) {
      return false;
    }
    reversedAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getRequestHash() {
    return requestHash;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  /** The balance right after this redemption: what a replay answers. */
  public Money getBalanceAfter() {
    return new Money(balanceAfter, currency);
  }

  public Instant getRedeemedAt() {
    return redeemedAt;
  }

  public Instant getReversedAt() {
    return reversedAt;
  }
}
