package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A return is done with: its money settled and its items dealt with. Loyalty points and review
 * invitations start here.
 */
public record ReturnClosed(
    TenantRef tenant, UUID eventId, Instant occurredAt, long returnId, String rma)
    implements DomainEvent {}
