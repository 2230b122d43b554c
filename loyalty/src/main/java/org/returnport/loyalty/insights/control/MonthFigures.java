package org.returnport.loyalty.insights.control;

import java.time.YearMonth;

/**
 * A calendar month (UTC) of a store's points: issued into balances (awards spendable at once and
 * confirmations of pending ones), redeemed, expired, clawed back from balances, and adjusted by
 * staff (net: added minus removed). All but {@code adjusted} are never negative.
 */
public record MonthFigures(
    YearMonth month, long issued, long redeemed, long expired, long clawedBack, long adjusted) {

  /** The largest of the month's four movements, to scale a chart. */
  public long largest() {
    return Math.max(Math.max(issued, redeemed), Math.max(expired, clawedBack));
  }
}
