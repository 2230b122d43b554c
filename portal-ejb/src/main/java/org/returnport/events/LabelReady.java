package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/** The carrier booked a return's shipment: the shopper can print the carrier's label. */
public record LabelReady(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    String carrier,
    String trackingNumber)
    implements DomainEvent {}
