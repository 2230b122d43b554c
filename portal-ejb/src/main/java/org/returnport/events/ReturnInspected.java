package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * The hub graded every received item of a return and chose what becomes of it; {@code restocked} is
 * the number of units put back on sale.
 */
public record ReturnInspected(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    int itemsInspected,
    int restocked,
    boolean discrepancy)
    implements DomainEvent {}
