package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A return's send-by date and promised refund date moved later, by {@code days}, because of a
 * carrier delay or an incident; never earlier.
 */
public record DeadlinesMoved(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    int days,
    DelayCause cause,
    Instant shipBy,
    Instant refundBy)
    implements DomainEvent {}
