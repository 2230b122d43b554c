package org.returnport.loyalty.rewards.boundary;

import java.time.Instant;
import java.util.List;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.rewards.control.RedeemLimits;
import org.returnport.loyalty.rewards.control.TierProgress;
import org.returnport.money.Money;

/**
 * A member's points in the store as their rewards page shows them.
 *
 * @param rules the program in force: the points' name, how to earn, tiers, expiry
 * @param currency the store's default currency (points' value, spend thresholds)
 * @param balance spendable points; below zero a debt that the next points repay
 * @param pending points on hold, not yet spendable
 * @param pendingAwards the awards on hold, those confirmed soonest first
 * @param tierSince when the member was placed in their tier (null without a tier)
 * @param progress the tier held and how far to the next
 * @param limits what may be redeemed at once and what a point is worth
 * @param lastActivityAt the last time the member earned or redeemed (inactivity expiry counts from
 *     it)
 */
public record RewardsView(
    ProgramRules rules,
    String currency,
    long balance,
    long pending,
    List<PendingAward> pendingAwards,
    Instant tierSince,
    TierProgress progress,
    RedeemLimits limits,
    Instant lastActivityAt) {

  /** Points owed after a claw-back of points already spent (zero without a debt). */
  public long debt() {
    return Math.max(0, -balance);
  }

  public long redeemableMax() {
    return limits.maxFor(balance);
  }

  public boolean canRedeem() {
    return limits.canRedeem(balance);
  }

  /** Points still to earn before the first redemption. */
  public long missingToRedeem() {
    return limits.missingFor(balance);
  }

  /** What the spendable balance is worth now (nothing in debt). */
  public Money balanceValue() {
    return limits.valueOf(Math.max(0, balance));
  }

  /** A few amounts to choose from on the redeem form. */
  public List<Long> choices() {
    return limits.choices(balance, 6);
  }

  /**
   * An award on hold.
   *
   * @param confirmAfter when its hold passes (null while its return is still open)
   */
  public record PendingAward(
      long points,
      Instant confirmAfter,
      Instant earnedAt,
      String messageKey,
      List<String> messageArgs) {}
}
