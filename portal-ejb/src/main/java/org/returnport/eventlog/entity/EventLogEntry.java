package org.returnport.eventlog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * One domain event of a store as it was fired. Append-only: nothing updates or deletes an entry
 * (every column is insert-only and no code removes one), so the log can be replayed to webhooks and
 * analytics as it happened. It holds ids and non-personal facts only, so erasing a shopper's data
 * never has to touch it.
 */
@Entity
@Table(name = "EVENT_LOG")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = EventLogEntry.SINCE,
    query =
        "SELECT e FROM EventLogEntry e WHERE e.occurredAt >= :since"
            + " AND (:type IS NULL OR e.type = :type) ORDER BY e.occurredAt, e.id")
@NamedQuery(
    name = EventLogEntry.COUNT_SINCE,
    query =
        "SELECT COUNT(e) FROM EventLogEntry e WHERE e.occurredAt >= :since"
            + " AND (:type IS NULL OR e.type = :type)")
public class EventLogEntry {

  public static final String SINCE = "EventLogEntry.since";
  public static final String COUNT_SINCE = "EventLogEntry.countSince";
  public static final int TYPE_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "EVENT_ID", nullable = false, updatable = false, length = 36)
  private String eventId;

  @Column(name = "TYPE", nullable = false, updatable = false, length = TYPE_MAX)
  private String type;

  @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
  private Instant occurredAt;

  @Lob
  @Column(name = "PAYLOAD", nullable = false, updatable = false)
  private String payload;

  protected EventLogEntry() {}

  public EventLogEntry(UUID eventId, String type, Instant occurredAt, String payload) {
    if (type.length() > TYPE_MAX) {
      throw new IllegalArgumentException("event type longer than " + TYPE_MAX + ": " + type);
    }
    this.eventId = eventId.toString();
    this.type = type;
    this.occurredAt = occurredAt;
    this.payload = payload;
  }

  public Long getId() {
    return id;
  }

  public UUID getEventId() {
    return UUID.fromString(eventId);
  }

  public String getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  /** The event's own fields, as a JSON object. */
  public String getPayload() {
    return payload;
  }
}
