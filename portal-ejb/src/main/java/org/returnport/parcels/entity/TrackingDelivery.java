package org.returnport.parcels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A tracking webhook delivery that was applied, by the sender's event id (unique per store): the
 * same delivery again is a replay and changes nothing.
 */
@Entity
@Table(name = "TRACKING_DELIVERY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class TrackingDelivery {

  public static final int EVENT_ID_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "EVENT_ID", nullable = false, updatable = false, length = EVENT_ID_MAX)
  private String eventId;

  @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
  private Instant receivedAt;

  protected TrackingDelivery() {}

  public TrackingDelivery(String eventId, Instant now) {
    this.eventId = eventId;
    this.receivedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getEventId() {
    return eventId;
  }
}
