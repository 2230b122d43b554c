package org.returnport.loyalty.insights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.returnport.money.Money;

/**
 * What the points members hold are worth to the store, at the point value of the rules in force:
 * the spendable points (positive balances only: one member's debt does not lower what another can
 * redeem), the points on hold apart (they may still be clawed back), and the debts members owe.
 * Values are rounded half up to the currency's smallest unit.
 */
public record Liability(
    long points,
    long pendingPoints,
    long debtPoints,
    BigDecimal pointValue,
    Money value,
    Money pendingValue,
    Money debtValue) {

  public static Liability of(
      long points, long pendingPoints, long debtPoints, BigDecimal pointValue, String currency) {
    return new Liability(
        points,
        pendingPoints,
        debtPoints,
        pointValue,
        worth(points, pointValue, currency),
        worth(pendingPoints, pointValue, currency),
        worth(debtPoints, pointValue, currency));
  }

  /** The points at the value, rounded half up to the currency's smallest unit. */
  public static Money worth(long points, BigDecimal pointValue, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    BigDecimal exact = pointValue.multiply(BigDecimal.valueOf(points));
    return new Money(exact.setScale(digits, RoundingMode.HALF_UP), currency);
  }
}
