package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.money.Money;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * Part of a return's settlement is due: the feature that pays by {@code method} observes this in
 * the same transaction and pays {@code amount} (plus {@code bonus}, the policy's store-credit
 * bonus, zero for other methods) exactly once per {@code payoutKey}, then fires {@link PayoutDone}
 * with the same key. {@code payoutKey} is unique in the store (at most 64 characters) and is the
 * idempotency key every retry of the payout reuses.
 */
public record PayoutDue(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    String payoutKey,
    PayoutMethod method,
    Money amount,
    Money bonus)
    implements DomainEvent {

  public static final int KEY_MAX = 64;
}
