package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.money.Money;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A payout announced by {@link PayoutDue} ended. {@code amount} is what reached the shopper (zero
 * unless {@code outcome} is PAID); {@code reference} is what the shopper or an agent can quote: the
 * gateway's refund id, a gift card's last four characters, never a whole secret code.
 */
public record PayoutDone(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    String payoutKey,
    PayoutMethod method,
    PayoutOutcome outcome,
    Money amount,
    String reference)
    implements DomainEvent {}
