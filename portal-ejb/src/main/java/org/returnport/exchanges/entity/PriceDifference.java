package org.returnport.exchanges.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * What an exchange's replacement costs more (the shopper pays it through a payment link, and the
 * replacement waits for it) or less (the rest is refunded when the exchange is settled) than the
 * items sent back. One per return; its key is the gateway's idempotency key for ever.
 */
@Entity
@Table(name = "PRICE_DIFFERENCE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = PriceDifference.FIND_BY_RETURN,
    query = "SELECT d FROM PriceDifference d WHERE d.returnId = :returnId")
@NamedQuery(
    name = PriceDifference.FIND_BY_KEY,
    query = "SELECT d FROM PriceDifference d WHERE d.idempotencyKey = :key")
public class PriceDifference {

  public static final String FIND_BY_RETURN = "PriceDifference.findByReturn";
  public static final String FIND_BY_KEY = "PriceDifference.findByKey";

  /** Who owes whom. */
  public enum Direction {
    /** The shopper pays the store. */
    PAY,
    /** The store refunds the shopper. */
    REFUND
  }

  /** Where the difference stands. */
  public enum State {
    /** Known, nothing asked of anyone yet (a link could not be made, or a refund waits). */
    OPEN,
    /** A payment link was sent to the shopper. */
    LINKED,
    /** The shopper paid, or the refund was handed over. */
    SETTLED,
    /** The return was cancelled or expired first. */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false, length = 64)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "DIRECTION", nullable = false, updatable = false, length = 10)
  private Direction direction;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 10)
  private State state;

  @Column(name = "GATEWAY", length = 40)
  private String gateway;

  @Column(name = "LINK_ID", length = 255)
  private String linkId;

  @Column(name = "LINK_URL", length = 1000)
  private String linkUrl;

  /** The exchange's payout that ships the replacement once the shopper has paid. */
  @Column(name = "WAITING_PAYOUT", length = 64)
  private String waitingPayout;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "SETTLED_AT")
  private Instant settledAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected PriceDifference() {}

  public PriceDifference(
      long returnId, String rma, String key, Direction direction, Money amount, Instant now) {
    if (!amount.isAbove(Money.zero(amount.currency()))) {
      throw new IllegalArgumentException("a difference is positive: " + amount);
    }
    this.returnId = returnId;
    this.rma = rma;
    this.idempotencyKey = key;
    this.direction = direction;
    this.amount = amount.amount();
    this.currency = amount.currency();
    this.state = State.OPEN;
    this.createdAt = now;
  }

  /** The gateway's payment page for what the shopper owes. */
  public void linked(String gatewayCode, String id, String url) {
    if (direction != Direction.PAY || state != State.OPEN) {
      throw new IllegalStateException(rma + " has no open payment to link");
    }
    this.gateway = gatewayCode;
    this.linkId = id;
    this.linkUrl = url;
    this.state = State.LINKED;
  }

  /** Settles it once; answers false when it was settled or cancelled already. */
  public boolean settle(Instant now) {
    if (state == State.SETTLED || state == State.CANCELLED) {
      return false;
    }
    this.state = State.SETTLED;
    this.settledAt = now;
    return true;
  }

  /** Cancels what is still open; a paid difference stays paid (it is refunded with the rest). */
  public boolean cancel(Instant now) {
    if (state == State.SETTLED || state == State.CANCELLED) {
      return false;
    }
    this.state = State.CANCELLED;
    this.settledAt = now;
    return true;
  }

  /** Whether the replacement still waits for the shopper's payment. */
  public boolean awaitsPayment() {
    return direction == Direction.PAY && (state == State.OPEN || state == State.LINKED);
  }

  /** Remembers the exchange payout that has to wait for the shopper's payment. */
  public void holdBack(String payoutKey) {
    this.waitingPayout = payoutKey;
  }

  public String getWaitingPayout() {
    return waitingPayout;
  }

  public long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Direction getDirection() {
    return direction;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  public State getState() {
    return state;
  }

  public String getLinkUrl() {
    return linkUrl;
  }

  public String getGateway() {
    return gateway;
  }
}
