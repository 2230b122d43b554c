package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/** The shopper cancelled a return before shipping it. */
public record ReturnCancelled(
    TenantRef tenant, UUID eventId, Instant occurredAt, long returnId, String rma)
    implements DomainEvent {}
