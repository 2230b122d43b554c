package org.returnport.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * One event for one endpoint, with the body it is sent with (fixed when the event happened) and the
 * attempts made so far. Its event id is the {@code webhook-id} of every attempt, redeliveries by
 * hand included, so the receiver can drop what it already has.
 */
@Entity
@Table(name = "WEBHOOK_DELIVERY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = WebhookDelivery.OF_ENDPOINT,
    query =
        "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint"
            + " ORDER BY d.createdAt DESC, d.id DESC")
public class WebhookDelivery {

  public static final String OF_ENDPOINT = "WebhookDelivery.ofEndpoint";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ENDPOINT_ID", nullable = false, updatable = false)
  private Long endpointId;

  @Column(name = "EVENT_ID", nullable = false, updatable = false, length = 36)
  private String eventId;

  @Column(name = "EVENT_TYPE", nullable = false, updatable = false, length = 60)
  private String eventType;

  @Lob
  @Column(name = "BODY", nullable = false, updatable = false)
  private String body;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "SCHEDULED_FROM", nullable = false)
  private Instant scheduledFrom;

  @Column(name = "ATTEMPTS", nullable = false)
  private int attempts;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATUS", nullable = false, length = 12)
  private DeliveryStatus status;

  @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "LAST_STATUS")
  private Integer lastStatus;

  @Column(name = "FINISHED_AT")
  private Instant finishedAt;

  @Column(name = "MANUAL_NEXT", nullable = false)
  private boolean manualNext;

  @Version
  @Column(name = "VERSION", nullable = false)
  private long version;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      Long endpointId, UUID eventId, String eventType, String body, Instant now) {
    this.endpointId = endpointId;
    this.eventId = eventId.toString();
    this.eventType = eventType;
    this.body = body;
    this.createdAt = now;
    this.scheduledFrom = now;
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
  }

  /** Whether the claim that gave it this version still holds it. */
  public boolean heldBy(long claimVersion) {
    return status == DeliveryStatus.PENDING && version == claimVersion;
  }

  /**
   * Counts an attempt and answers its log entry, for the caller to keep; the delivery is done when
   * the endpoint answered 2xx.
   */
  public WebhookAttempt attempted(
      Instant at, Integer statusCode, String excerpt, int durationMillis) {
    WebhookAttempt attempt =
        new WebhookAttempt(id, at, statusCode, excerpt, durationMillis, manualNext);
    attempts++;
    manualNext = false;
    lastStatus = statusCode;
    if (attempt.isSuccess()) {
      status = DeliveryStatus.DELIVERED;
      finishedAt = at;
    }
    return attempt;
  }

  /** Tried again at {@code next}, or failed for good when empty. */
  public void retryAt(Optional<Instant> next, Instant now) {
    if (next.isPresent()) {
      nextAttemptAt = next.get();
    } else {
      fail(now);
    }
  }

  public void fail(Instant now) {
    status = DeliveryStatus.FAILED;
    finishedAt = now;
  }

  /**
   * Sent again at once, by hand, under the same id, with a new retry window from now on: for a
   * receiver that lost it, or one that failed and is fixed now.
   */
  public void redeliver(Instant now) {
    status = DeliveryStatus.PENDING;
    nextAttemptAt = now;
    scheduledFrom = now;
    finishedAt = null;
    manualNext = true;
    attempts = 0;
  }

  public Long getId() {
    return id;
  }

  public Long getEndpointId() {
    return endpointId;
  }

  public UUID getEventId() {
    return UUID.fromString(eventId);
  }

  public String getEventType() {
    return eventType;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getScheduledFrom() {
    return scheduledFrom;
  }

  /** The attempts since it was queued or last redelivered (the log keeps every one). */
  public int getAttempts() {
    return attempts;
  }

  public DeliveryStatus getStatus() {
    return status;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<Integer> getLastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  public Optional<Instant> getFinishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
