package org.returnport.loyalty.redemption.boundary;

import java.io.Serializable;
import org.returnport.money.Money;
import org.returnport.policy.entity.LocalizedText;

/**
 * A member's points as the store's systems and the member read them: the spendable balance, the
 * points on hold, what they owe (points clawed back after they were spent), their tier (code and
 * name, none below the first), and what they may redeem now by the rules in force: the most in
 * whole steps, the minimum, the step and a point's value.
 */
public record PointsStatus(
    long memberId,
    LocalizedText pointsName,
    long balance,
    long pending,
    long debt,
    String tierCode,
    LocalizedText tierName,
    long redeemable,
    int minimumPoints,
    int stepPoints,
    Money pointValue,
    Money balanceValue)
    implements Serializable {}
