package org.returnport.loyalty.redemption.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.returnport.events.PointsRedeemed.Reward;
import org.returnport.money.Money;

/**
 * What a redemption made: the points it took, what they are worth, the reward, its code whole (the
 * member's store-credit code or the new discount code, for the member to use; {@code null} where
 * the reader may only see the last four) and its last four, the member's points balance right
 * after, when, and whether this answer is a replay of an earlier request under the same key
 * (nothing was taken this time). {@code creditBalance} is the store credit's balance now, for store
 * credit only.
 */
public record Redeemed(
    String idempotencyKey,
    long memberId,
    long points,
    Reward reward,
    Money value,
    String code,
    String last4,
    long balance,
    Money creditBalance,
    Instant redeemedAt,
    boolean replayed)
    implements Serializable {}
