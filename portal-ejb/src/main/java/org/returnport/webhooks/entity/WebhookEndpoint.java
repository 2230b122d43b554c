package org.returnport.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * An address a store's events are sent to, for the event types it asked for (or all), with its own
 * signing secret, kept sealed. It counts its failures in a row: one that has failed every attempt
 * for the whole retry window is disabled until an administrator enables it again.
 */
@Entity
@Table(name = "WEBHOOK_ENDPOINT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = WebhookEndpoint.ALL, query = "SELECT e FROM WebhookEndpoint e ORDER BY e.id")
@NamedQuery(
    name = WebhookEndpoint.ENABLED,
    query = "SELECT e FROM WebhookEndpoint e WHERE e.enabled = TRUE")
public class WebhookEndpoint {

  public static final String ALL = "WebhookEndpoint.all";
  public static final String ENABLED = "WebhookEndpoint.enabled";

  /** What {@link #getEventTypes()} holds for an endpoint that wants every event. */
  public static final String ALL_TYPES = "*";

  public static final int TYPES_MAX = 1000;
  public static final int DESCRIPTION_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "URL", nullable = false, length = 2000)
  private String url;

  @Column(name = "EVENT_TYPES", nullable = false, length = TYPES_MAX)
  private String eventTypes;

  @Column(name = "DESCRIPTION", length = DESCRIPTION_MAX)
  private String description;

  @Column(name = "SECRET_SEALED", nullable = false, length = 200)
  private String secretSealed;

  @Column(name = "ENABLED", nullable = false)
  private boolean enabled;

  @Column(name = "DISABLED_AT")
  private Instant disabledAt;

  @Column(name = "FAILING_SINCE")
  private Instant failingSince;

  @Column(name = "CONSECUTIVE_FAILURES", nullable = false)
  private int consecutiveFailures;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "VERSION", nullable = false)
  private long version;

  protected WebhookEndpoint() {}

  /** Event types: empty or {@code *} for all. */
  public WebhookEndpoint(
      String url, Set<String> types, String description, String secretSealed, Instant now) {
    this.url = url;
    this.eventTypes =
        types.isEmpty() || types.contains(ALL_TYPES)
            ? ALL_TYPES
            : String.join(",", types.stream().sorted().toList());
    if (eventTypes.length() > TYPES_MAX) {
      throw new IllegalArgumentException("too many event types");
    }
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.secretSealed = secretSealed;
    this.enabled = true;
    this.createdAt = now;
  }

  public boolean wants(String type) {
    return ALL_TYPES.equals(eventTypes) || getEventTypes().contains(type);
  }

  public void rotate(String sealed) {
    this.secretSealed = sealed;
  }

  /** A delivery got a 2xx answer: the endpoint works, its count of failures starts again. */
  public void succeeded() {
    failingSince = null;
    consecutiveFailures = 0;
  }

  /**
   * An attempt failed. Answers whether the endpoint is now disabled: it is when every attempt has
   * failed for at least {@code window} (no success in between), or when a delivery was given up
   * after its whole window with no success of the endpoint since its first attempt ({@code
   * deliveryAttempts}, the given-up delivery's attempts; 0 when it is tried again).
   */
  public boolean failed(Instant now, Duration window, int deliveryAttempts) {
    consecutiveFailures++;
    if (failingSince == null) {
      failingSince = now;
    }
    boolean gaveUpOnAll = deliveryAttempts > 0 && consecutiveFailures >= deliveryAttempts;
    if (enabled && (gaveUpOnAll || !now.isBefore(failingSince.plus(window)))) {
      enabled = false;
      disabledAt = now;
      return true;
    }
    return false;
  }

  /** Enabled again by an administrator: it is given a fresh window. */
  public void enable() {
    enabled = true;
    disabledAt = null;
    succeeded();
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  /** The event types asked for; {@code [*]} for all. */
  public List<String> getEventTypes() {
    return Arrays.asList(eventTypes.split(","));
  }

  public boolean isAllTypes() {
    return ALL_TYPES.equals(eventTypes);
  }

  public String getDescription() {
    return description;
  }

  public String getSecretSealed() {
    return secretSealed;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Optional<Instant> getDisabledAt() {
    return Optional.ofNullable(disabledAt);
  }

  public Optional<Instant> getFailingSince() {
    return Optional.ofNullable(failingSince);
  }

  public int getConsecutiveFailures() {
    return consecutiveFailures;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
