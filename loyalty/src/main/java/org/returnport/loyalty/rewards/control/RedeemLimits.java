package org.returnport.loyalty.rewards.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.money.Money;

/**
 * What a member may redeem at once under the program's rules: at least the minimum, in steps, never
 * more than the balance; and what points are worth in the store's default currency. The redemption
 * itself checks the same again under the account's lock; this only shapes the form.
 */
public record RedeemLimits(int minimum, int step, Money pointValue) {

  public static RedeemLimits of(ProgramRules.Redemption redemption, String currency) {
    return new RedeemLimits(
        redemption.minimumPoints(),
        redemption.stepPoints(),
        new Money(redemption.pointValue(), currency));
  }

  /** The most this balance allows, in whole steps; zero below the minimum (or in debt). */
  public long maxFor(long balance) {
    if (balance < minimum) {
      return 0;
    }
    return balance - balance % step;
  }

  /** Whether the member can redeem at all now. */
  public boolean canRedeem(long balance) {
    return maxFor(balance) > 0;
  }

  /** How many points are still missing to reach the minimum (zero when it is reached). */
  public long missingFor(long balance) {
    return Math.max(0, minimum - Math.max(0, balance));
  }

  public Money valueOf(long points) {
    return new Money(
        pointValue.amount().multiply(BigDecimal.valueOf(points)), pointValue.currency());
  }

  /**
   * A few amounts to pick from: the minimum, the most, and some steps between, at most {@code
   * count}, so a phone's user taps instead of typing.
   */
  public List<Long> choices(long balance, int count) {
    long max = maxFor(balance);
    List<Long> choices = new ArrayList<>();
    if (max == 0) {
      return choices;
    }
    long steps = (max - minimum) / step;
    long every = Math.max(1, (steps + count - 2) / Math.max(1, count - 1));
    for (long i = 0; i <= steps && choices.size() < count - 1; i += every) {
      choices.add(minimum + i * step);
    }
    if (choices.get(choices.size() - 1) != max) {
      choices.add(max);
    }
    return choices;
  }
}
