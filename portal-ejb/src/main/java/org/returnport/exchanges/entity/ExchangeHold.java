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
 * The authorisation hold of an instant exchange, placed on the shopper's payment for the
 * replacement's value when the replacement ships before the old item arrives. It ends exactly once:
 * released when the item was inspected, captured when it will never come back (expired, or lost
 * through the shopper's fault).
 */
@Entity
@Table(name = "EXCHANGE_HOLD")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ExchangeHold.FIND_BY_RETURN,
    query = "SELECT h FROM ExchangeHold h WHERE h.returnId = :returnId")
@NamedQuery(
    name = ExchangeHold.FIND_PLACED,
    query =
        "SELECT h FROM ExchangeHold h WHERE h.state = org.returnport.exchanges.entity.ExchangeHold.State.PLACED ORDER BY h.id")
public class ExchangeHold {

  public static final String FIND_BY_RETURN = "ExchangeHold.findByReturn";
  public static final String FIND_PLACED = "ExchangeHold.findPlaced";

  /** Where the hold stands; RELEASED and CAPTURED are final. */
  public enum State {
    PLACED,
    RELEASED,
    CAPTURED
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

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 10)
  private State state;

  @Column(name = "GATEWAY", nullable = false, updatable = false, length = 40)
  private String gateway;

  @Column(name = "HOLD_ID", updatable = false, length = 255)
  private String holdId;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected ExchangeHold() {}

  public ExchangeHold(
      long returnId,
      String rma,
      String key,
      String gatewayCode,
      String holdId,
      Money amount,
      Instant now) {
    this.returnId = returnId;
    this.rma = rma;
    this.idempotencyKey = key;
    this.gateway = gatewayCode;
    this.holdId = holdId;
    this.amount = amount.amount();
    this.currency = amount.currency();
    this.state = State.PLACED;
    this.createdAt = now;
  }

  /**
   * Ends the hold as {@code how} (RELEASED or CAPTURED); answers false, changing nothing, when it
   * has ended already, so that a second inspection or a late expiry never moves money again.
   */
  public boolean end(State how, Instant now) {
    if (how == State.PLACED) {
      throw new IllegalArgumentException("a hold ends as RELEASED or CAPTURED");
    }
    if (state != State.PLACED) {
      return false;
    }
    this.state = how;
    this.endedAt = now;
    return true;
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

  public String getHoldId() {
    return holdId;
  }

  public String getGateway() {
    return gateway;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  public State getState() {
    return state;
  }
}
