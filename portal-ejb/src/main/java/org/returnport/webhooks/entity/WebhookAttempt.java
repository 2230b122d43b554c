package org.returnport.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * One attempt of a delivery, as the log shows it: when, the HTTP status (none when no answer came)
 * and the start of the answer or of the error. Never changed once written.
 */
@Entity
@Table(name = "WEBHOOK_ATTEMPT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = WebhookAttempt.OF_DELIVERY,
    query =
        "SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :delivery"
            + " ORDER BY a.attemptedAt DESC, a.id DESC")
public class WebhookAttempt {

  public static final String OF_DELIVERY = "WebhookAttempt.ofDelivery";

  public static final int EXCERPT_MAX = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "DELIVERY_ID", nullable = false, updatable = false)
  private Long deliveryId;

  @Column(name = "ATTEMPTED_AT", nullable = false, updatable = false)
  private Instant attemptedAt;

  @Column(name = "STATUS_CODE", updatable = false)
  private Integer statusCode;

  @Column(name = "EXCERPT", updatable = false, length = EXCERPT_MAX)
  private String excerpt;

  @Column(name = "DURATION_MS", nullable = false, updatable = false)
  private int durationMillis;

  @Column(name = "MANUAL", nullable = false, updatable = false)
  private boolean manual;

  protected WebhookAttempt() {}

  WebhookAttempt(
      Long deliveryId,
      Instant attemptedAt,
      Integer statusCode,
      String excerpt,
      int durationMillis,
      boolean manual) {
    this.deliveryId = deliveryId;
    this.attemptedAt = attemptedAt;
    this.statusCode = statusCode;
    this.excerpt =
        excerpt == null ? null : excerpt.substring(0, Math.min(excerpt.length(), EXCERPT_MAX));
    this.durationMillis = durationMillis;
    this.manual = manual;
  }

  public boolean isSuccess() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }

  public Long getId() {
    return id;
  }

  public Instant getAttemptedAt() {
    return attemptedAt;
  }

  public Optional<Integer> getStatusCode() {
    return Optional.ofNullable(statusCode);
  }

  public String getExcerpt() {
    return excerpt;
  }

  public int getDurationMillis() {
    return durationMillis;
  }

  /** Whether a member of staff asked for it (a redelivery by hand). */
  public boolean isManual() {
    return manual;
  }
}
