package org.returnport.credit.boundary;

import java.time.Instant;
import org.returnport.money.Money;

/**
 * What a redemption did: the amount taken, the balance right after it, and whether this answer is a
 * replay of an earlier request under the same idempotency key (nothing was taken this time).
 */
public record Redeemed(
    String idempotencyKey,
    Money amount,
    Money balanceAfter,
    Instant redeemedAt,
    Instant reversedAt,
    boolean replayed) {}
