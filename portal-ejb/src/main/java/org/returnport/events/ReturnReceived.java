package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * The hub opened a return's parcel and counted what was in it; {@code complete} is false when fewer
 * items came than were returned.
 */
public record ReturnReceived(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    int itemsExpected,
    int itemsReceived,
    boolean complete)
    implements DomainEvent {}
