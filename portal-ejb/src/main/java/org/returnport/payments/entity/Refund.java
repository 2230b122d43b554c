package org.returnport.payments.entity;

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
 * A refund to the original payment of an order, one per payout key for ever: the key is the
 * idempotency key of every request to the gateway, so however often it is sent, at most one refund
 * goes out. Its life is requested → sent → confirmed, or failed; a sent refund whose outcome is not
 * known is never sent again before the gateway was asked about it. {@code dueAt} is when a worker
 * takes it next (null once it ended); a worker's claim moves it to the end of its lease, and only
 * the claim's holder records an outcome ({@link #heldUntil}).
 */
@Entity
@Table(name = "REFUND")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Refund.FIND_BY_KEY,
    query = "SELECT r FROM Refund r WHERE r.payoutKey = :payoutKey")
@NamedQuery(
    name = Refund.FIND_BY_ORDER,
    query = "SELECT r FROM Refund r WHERE r.orderNumber = :orderNumber ORDER BY r.id")
@NamedQuery(
    name = Refund.FIND_BY_RETURN,
    query = "SELECT r FROM Refund r WHERE r.returnId = :returnId ORDER BY r.id")
public class Refund {

  public static final String FIND_BY_KEY = "Refund.findByKey";
  public static final String FIND_BY_ORDER = "Refund.findByOrder";
  public static final String FIND_BY_RETURN = "Refund.findByReturn";
  public static final int ERROR_MAX = 500;
  public static final int FAILURE_CODE_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "STORE_SLUG", nullable = false, updatable = false, length = 63)
  private String storeSlug;

  @Column(name = "PAYOUT_KEY", nullable = false, updatable = false, length = 64)
  private String payoutKey;

  @Column(name = "RETURN_ID", nullable = false, updatable = false)
  private long returnId;

  @Column(name = "RMA", nullable = false, updatable = false, length = 12)
  private String rma;

  @Column(name = "ORDER_NUMBER", nullable = false, updatable = false, length = 64)
  private String orderNumber;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "PAYMENT_METHOD", updatable = false, length = 40)
  private String paymentMethod;

  @Column(name = "PAYMENT_REFERENCE", nullable = false, updatable = false, length = 255)
  private String paymentReference;

  @Column(name = "GATEWAY", length = 40)
  private String gateway;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 10)
  private RefundState state;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Column(name = "DUE_AT")
  private Instant dueAt;

  @Column(name = "GATEWAY_REFUND_ID", length = 255)
  private String gatewayRefundId;

  @Column(name = "FAILURE_CODE", length = FAILURE_CODE_MAX)
  private String failureCode;

  @Column(name = "LAST_ERROR", length = ERROR_MAX)
  private String lastError;

  @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "SENT_AT")
  private Instant sentAt;

  @Column(name = "ENDED_AT")
  private Instant endedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Refund() {}

  public Refund(
      String storeSlug,
      String payoutKey,
      long returnId,
      String rma,
      String orderNumber,
      Money amount,
      String paymentMethod,
      String paymentReference,
      Instant now) {
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("a refund is of a positive amount: " + amount);
    }
    this.storeSlug = storeSlug;
    this.payoutKey = payoutKey;
    this.returnId = returnId;
    this.rma = rma;
    this.orderNumber = orderNumber;
    this.amount = amount.amount();
    this.currency = amount.currency();
    this.paymentMethod = paymentMethod;
    this.paymentReference = paymentReference;
    this.state = RefundState.REQUESTED;
    this.requestedAt = now;
    this.dueAt = now;
  }

  /** Whether the worker's claim that lasts until {@code until} still holds this refund. */
  public boolean heldUntil(Instant until) {
    return !state.ended() && dueAt != null && dueAt.equals(until);
  }

  /**
   * The worker is about to talk to the gateway: a requested refund becomes sent (before the call,
   * so that a server dying during it leaves a refund that is asked about first); answers whether
   * the gateway must be asked about the refund before it is sent, which is so for every refund that
   * was already sent once.
   */
  public boolean sending(String gatewayCode, Instant now) {
    switch (state) {
      case REQUESTED -> {
        if (gateway == null) {
          gateway = gatewayCode;
        }
        state = RefundState.SENT;
        attempts++;
        if (sentAt == null) {
          sentAt = now;
        }
        return false;
      }
      case SENT -> {
        return true;
      }
      default -> throw new IllegalStateException("refund " + payoutKey + " already " + state);
    }
  }

  /**
   * The gateway never received the refund, or refused it before anything moved: it is requested
   * again at {@code retryAt}.
   */
  public void notSent(String error, Instant retryAt) {
    requireState(RefundState.SENT);
    state = RefundState.REQUESTED;
    lastError = clip(error, ERROR_MAX);
    dueAt = retryAt;
  }

  /**
   * No answer came (or the gateway could not be asked): the refund stays sent, and the gateway is
   * asked about it at {@code askAt}, before anything is sent again.
   */
  public void outcomeUnknown(String error, Instant askAt) {
    requireState(RefundState.SENT);
    attempts++;
    lastError = clip(error, ERROR_MAX);
    dueAt = askAt;
  }

  /** The gateway took the refund and will confirm it later; asked again at {@code askAt}. */
  public void pending(String refundId, Instant askAt) {
    requireState(RefundState.SENT);
    gatewayRefundId = refundId;
    lastError = null;
    dueAt = askAt;
  }

  /**
   * The gateway paid the refund. Answers false when it was already confirmed (a second notice of
   * the same refund), so that it is announced once.
   */
  public boolean confirmed(String refundId, Instant now) {
    if (state == RefundState.CONFIRMED) {
      return false;
    }
    requireState(RefundState.SENT);
    state = RefundState.CONFIRMED;
    gatewayRefundId = refundId;
    lastError = null;
    endedAt = now;
    dueAt = null;
    return true;
  }

  /**
   * The gateway declined or refused the refund, or it was given up before anything moved. Answers
   * false when it had already failed.
   */
  public boolean failed(String refundId, String code, Instant now) {
    if (state == RefundState.FAILED) {
      return false;
    }
    if (state == RefundState.CONFIRMED) {
      throw new IllegalStateException("refund " + payoutKey + " was confirmed, it cannot fail");
    }
    state = RefundState.FAILED;
    if (refundId != null) {
      gatewayRefundId = refundId;
    }
    failureCode = clip(code == null ? "declined" : code, FAILURE_CODE_MAX);
    endedAt = now;
    dueAt = null;
    return true;
  }

  private void requireState(RefundState expected) {
    if (state != expected) {
      throw new IllegalStateException("refund " + payoutKey + " is " + state + ", not " + expected);
    }
  }

  private static String clip(String text, int max) {
    return text == null ? null : text.substring(0, Math.min(text.length(), max));
  }

  /** Whether this refund counts against what was paid: every one that was not refused. */
  public boolean counts() {
    return state != RefundState.FAILED;
  }

  public Long getId() {
    return id;
  }

  public String getStoreSlug() {
    return storeSlug;
  }

  public String getPayoutKey() {
    return payoutKey;
  }

  public long getReturnId() {
    return returnId;
  }

  public String getRma() {
    return rma;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public String getGateway() {
    return gateway;
  }

  public RefundState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getGatewayRefundId() {
    return gatewayRefundId;
  }

  public String getFailureCode() {
    return failureCode;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
