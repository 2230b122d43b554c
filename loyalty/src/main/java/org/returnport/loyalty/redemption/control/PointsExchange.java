package org.returnport.loyalty.redemption.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.money.Money;

/**
 * What points are worth and whether a member may redeem them, by the redemption rules in force: at
 * least the minimum, in whole steps, never more than the spendable balance and never while the
 * member owes points. The value is points times the point's value, rounded down to the currency's
 * smallest unit: the store never pays out more than the rules say the points are worth.
 */
public final class PointsExchange {

  private PointsExchange() {}

  /** The value of {@code points} in {@code currency}, rounded down to its smallest unit. */
  public static Money value(ProgramRules.Redemption rules, long points, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    BigDecimal exact = rules.pointValue().multiply(BigDecimal.valueOf(points));
    return new Money(exact.setScale(digits, RoundingMode.DOWN), currency);
  }

  /**
   * The value of redeeming {@code points} from a balance of {@code balance}, or a refusal naming
   * what is wrong (the first rule broken, in the order a member would fix them).
   */
  public static Money redeem(
      ProgramRules.Redemption rules, long points, long balance, String currency) {
    if (points < rules.minimumPoints()) {
      throw new RejectedException("points", "loyalty.redeem.minimum", rules.minimumPoints());
    }
    if (points % rules.stepPoints() != 0) {
      throw new RejectedException("points", "loyalty.redeem.step", rules.stepPoints());
    }
    if (balance < 0) {
      throw new RejectedException("points", "loyalty.redeem.debt", -balance);
    }
    if (points > balance) {
      throw new RejectedException("points", "loyalty.redeem.overBalance", balance);
    }
    Money value = value(rules, points, currency);
    if (value.isZero()) {
      throw new RejectedException("points", "loyalty.redeem.worthless", currency);
    }
    return value;
  }

  /**
   * The most a member with this balance may redeem now (0 when below the minimum or in debt): the
   * largest whole number of steps not above the balance.
   */
  public static long redeemable(ProgramRules.Redemption rules, long balance) {
    long steps = Math.max(0, balance) / rules.stepPoints() * rules.stepPoints();
    return steps >= rules.minimumPoints() ? steps : 0;
  }
}
