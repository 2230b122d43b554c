package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * An order was recorded through the API, an import or the demo: new ({@code created}) or changed.
 * An order sent again unchanged fires nothing. Order numbers are the store's own references, not
 * personal data; the shopper's details stay on the order.
 */
public record OrderRecorded(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long orderId,
    String orderNumber,
    boolean created)
    implements DomainEvent {}
