package org.returnport.loyalty.rewards.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;

/**
 * Where a member stands on the way to the next tier: their standing (points earned, or money spent,
 * over the last 12 months) against the next tier's threshold, as the rewards page's bar shows it.
 * The tier they hold is the one they were placed in (the one returns grant benefits for), which may
 * differ from what their standing reaches today until the next review: the next tier is the first
 * one above both.
 *
 * @param current the tier the member holds, if any
 * @param next the tier to reach next, if there is one above
 * @param standing points or money over the last 12 months, never below zero
 * @param percent how far the standing is towards the next tier's threshold, 0 to 100 (100 at the
 *     top tier)
 * @param remaining what is still missing to reach the next tier (zero at the top)
 */
public record TierProgress(
    Tier current, Tier next, BigDecimal standing, int percent, BigDecimal remaining) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static TierProgress of(ProgramRules rules, String tierCode, BigDecimal standing) {
    BigDecimal counted = standing == null || standing.signum() < 0 ? BigDecimal.ZERO : standing;
    Tier current = Optional.ofNullable(tierCode).flatMap(rules::tier).orElse(null);
    Tier next =
        rules.tiers().stream()
            .filter(tier -> tier.threshold().compareTo(counted) > 0)
            .filter(tier -> current == null || tier.threshold().compareTo(current.threshold()) > 0)
            .findFirst()
            .orElse(null);
    if (next == null) {
      return new TierProgress(current, null, counted, current == null ? 0 : 100, BigDecimal.ZERO);
    }
    int percent =
        counted.multiply(HUNDRED).divide(next.threshold(), 0, RoundingMode.DOWN).intValue();
    return new TierProgress(current, next, counted, percent, next.threshold().subtract(counted));
  }

  /** Whether the member holds the highest tier the program has. */
  public boolean atTop() {
    return current != null && next == null;
  }
}
