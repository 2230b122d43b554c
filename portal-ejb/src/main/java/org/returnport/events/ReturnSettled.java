package org.returnport.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.returnport.money.Money;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * Every payout of a return ended: {@code refunded}, {@code credited} (store credit with its bonus),
 * {@code giftCards} and {@code exchanged} (the replacements' value) list the amounts paid by each
 * method, one entry per currency, and are empty where nothing was paid that way.
 */
public record ReturnSettled(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    List<Money> refunded,
    List<Money> credited,
    List<Money> giftCards,
    List<Money> exchanged)
    implements DomainEvent {}
