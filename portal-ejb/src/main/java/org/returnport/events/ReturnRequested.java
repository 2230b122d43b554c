package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A shopper submitted a return. {@code status} is the return's status right after the submit; when
 * the policy approved it at once, {@code autoApproved} is true and a {@link ReturnDecided} by the
 * policy follows in the same transaction. A replayed submit fires nothing.
 */
public record ReturnRequested(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    String orderNumber,
    String status,
    boolean autoApproved)
    implements DomainEvent {}
