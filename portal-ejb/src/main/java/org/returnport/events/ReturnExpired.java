package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/** Nothing was sent by the return's send-by date. */
public record ReturnExpired(
    TenantRef tenant, UUID eventId, Instant occurredAt, long returnId, String rma)
    implements DomainEvent {}
