package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A member moved to another tier of the store's program, up or down; {@code from} or {@code to} is
 * null for no tier.
 */
public record TierChanged(
    TenantRef tenant, UUID eventId, Instant occurredAt, long memberId, String from, String to)
    implements DomainEvent {}
