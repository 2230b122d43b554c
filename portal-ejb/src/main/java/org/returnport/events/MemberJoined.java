package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/** A shopper joined the store's program: a member record now exists for their account. */
public record MemberJoined(TenantRef tenant, UUID eventId, Instant occurredAt, long memberId)
    implements DomainEvent {}
