package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A member's points grew: an award was written to their ledger ({@code pending} until its hold
 * passes) or a pending award was confirmed. {@code source} says why, as the ledger's key names it
 * ("review", "join", "helpful", "adjustment", ...).
 */
public record PointsEarned(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long memberId,
    long points,
    boolean pending,
    String source,
    long balance)
    implements DomainEvent {}
