package org.returnport.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A gateway webhook event the store has applied. The unique (gateway, event id) makes a replayed or
 * concurrently redelivered event apply once.
 */
@Entity
@Table(name = "GATEWAY_EVENT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = GatewayEvent.FIND,
    query = "SELECT e.id FROM GatewayEvent e WHERE e.gateway = :gateway AND e.eventId = :eventId")
public class GatewayEvent {

  public static final String FIND = "GatewayEvent.find";

  public static final int EVENT_ID_MAX = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "GATEWAY", nullable = false, length = 20)
  private String gateway;

  @Column(name = "EVENT_ID", nullable = false, length = EVENT_ID_MAX)
  private String eventId;

  @Column(name = "EVENT_TYPE", nullable = false, length = 100)
  private String eventType;

  @Column(name = "RECEIVED_AT", nullable = false)
  private Instant receivedAt;

  protected GatewayEvent() {}

  public GatewayEvent(String gateway, String eventId, String eventType, Instant now) {
    this.gateway = gateway;
    this.eventId = eventId;
    this.eventType = eventType;
    this.receivedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getGateway() {
    return gateway;
  }

  public String getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
