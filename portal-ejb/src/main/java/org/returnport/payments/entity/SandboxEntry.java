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
 * A line of the sandbox gateway's own books: a refund, payment link or hold it accepted, once per
 * idempotency key of a store, as a real gateway keeps them on its side. Tests and benchmarks count
 * what "the gateway" paid here.
 */
@Entity
@Table(name = "SANDBOX_BOOK")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = SandboxEntry.FIND_BY_KEY,
    query = "SELECT e FROM SandboxEntry e WHERE e.kind = :kind AND e.idempotencyKey = :key")
@NamedQuery(
    name = SandboxEntry.FIND_BY_OBJECT,
    query = "SELECT e FROM SandboxEntry e WHERE e.objectId = :objectId")
@NamedQuery(
    name = SandboxEntry.REFUNDED,
    query =
        "SELECT e FROM SandboxEntry e WHERE e.kind = org.returnport.payments.entity.SandboxEntry.Kind.REFUND"
            + " AND e.paymentReference = :reference"
            + " AND e.state IN ('PENDING', 'SUCCEEDED')")
public class SandboxEntry {

  public static final String FIND_BY_KEY = "SandboxEntry.findByKey";
  public static final String FIND_BY_OBJECT = "SandboxEntry.findByObject";
  public static final String REFUNDED = "SandboxEntry.refunded";

  /** What the gateway accepted. */
  public enum Kind {
    REFUND,
    LINK,
    HOLD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "STORE_SLUG", nullable = false, updatable = false, length = 63)
  private String storeSlug;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 10)
  private Kind kind;

  @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false, length = 255)
  private String idempotencyKey;

  @Column(name = "OBJECT_ID", nullable = false, updatable = false, length = 60)
  private String objectId;

  @Column(name = "PAYMENT_REFERENCE", nullable = false, updatable = false, length = 255)
  private String paymentReference;

  @Column(name = "AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  /** PENDING, SUCCEEDED, FAILED (refunds); OPEN, PAID (links); AUTHORIZED, CAPTURED, RELEASED. */
  @Column(name = "STATE", nullable = false, length = 12)
  private String state;

  @Column(name = "FAILURE_CODE", length = 60)
  private String failureCode;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  /** When a pending refund is confirmed by the sandbox's notice. */
  @Column(name = "SETTLES_AT")
  private Instant settlesAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected SandboxEntry() {}

  public SandboxEntry(
      String storeSlug,
      Kind kind,
      String idempotencyKey,
      String objectId,
      String paymentReference,
      Money amount,
      String state,
      String failureCode,
      Instant createdAt,
      Instant settlesAt) {
    this.storeSlug = storeSlug;
    this.kind = kind;
    this.idempotencyKey = idempotencyKey;
    this.objectId = objectId;
    this.paymentReference = paymentReference;
    this.amount = amount.amount();
    this.currency = amount.currency();
    this.state = state;
    this.failureCode = failureCode;
    this.createdAt = createdAt;
    this.settlesAt = settlesAt;
  }

  /** Moves to a new state; a pending refund that settles is no longer due. */
  public void moveTo(String next) {
    this.state = next;
    this.settlesAt = null;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getPaymentReference() {
    return paymentReference;
  }

  public Money getAmount() {
    return new Money(amount, currency);
  }

  public String getState() {
    return state;
  }

  public String getFailureCode() {
    return failureCode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSettlesAt() {
    return settlesAt;
  }
}
