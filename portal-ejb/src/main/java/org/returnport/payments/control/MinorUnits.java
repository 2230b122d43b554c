package org.returnport.payments.control;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.returnport.money.Money;

/**
 * Amounts as gateways count them: whole numbers of the currency's smallest unit (cents for EUR, yen
 * for JPY, which has no fraction), by the currency's ISO 4217 fraction digits, never through a
 * floating-point number.
 */
public final class MinorUnits {

  private MinorUnits() {}

  /**
   * The amount in minor units. An amount finer than the currency's smallest unit (EUR 1.005, JPY
   * 12.5) or below zero cannot be sent and is refused rather than rounded, so that no gateway is
   * ever asked for a cent more or less than was decided.
   */
  public static long of(Money money) {
    if (money.isNegative()) {
      throw new IllegalArgumentException("a negative amount has no minor units: " + money);
    }
    try {
      return money
          .amount()
          .movePointRight(fractionDigits(money.currency()))
          .setScale(0, java.math.RoundingMode.UNNECESSARY)
          .longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          money + " is finer than the smallest unit of " + money.currency(), e);
    }
  }

  /** Minor units back to money; the currency code may come in lower case, as Stripe writes it. */
  public static Money toMoney(long minor, String currency) {
    String code = currency.toUpperCase(Locale.ROOT);
    return new Money(BigDecimal.valueOf(minor).movePointLeft(fractionDigits(code)), code);
  }

  static int fractionDigits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }
}
