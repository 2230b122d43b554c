package org.returnport.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An amount in one currency, kept to four decimals as stored ({@code DECIMAL(19,4)}); never a
 * floating-point number.
 */
public record Money(BigDecimal amount, String currency) implements Serializable {

  public static final int SCALE = 4;

  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  public Money {
    if (amount == null || !isCurrency(currency)) {
      throw new IllegalArgumentException("not an amount of a known currency: " + currency);
    }
    amount = amount.setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** An ISO 4217 code the JDK knows: a well-formed code such as "XYZ" is not enough. */
  public static boolean isCurrency(String code) {
    return code != null && CURRENCIES.contains(code);
  }

  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isAbove(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount) > 0;
  }

  public Money min(Money other) {
    return isAbove(other) ? other : this;
  }

  /**
   * The part of this amount that {@code part} of {@code whole} units stand for, rounded down to the
   * currency's smallest unit: the parts of an amount never add up to more than the whole.
   */
  public Money share(int part, int whole) {
    if (part < 0 || part > whole) {
      throw new IllegalArgumentException(part + " is not a part of " + whole);
    }
    if (part == whole) {
      return this;
    }
    BigDecimal exact =
        amount
            .multiply(BigDecimal.valueOf(part))
            .divide(BigDecimal.valueOf(whole), 10, RoundingMode.DOWN);
    return new Money(exact.setScale(fractionDigits(), RoundingMode.DOWN), currency);
  }

  /** The given percentage of this amount, rounded half up to the currency's smallest unit. */
  public Money percent(BigDecimal percent) {
    BigDecimal exact = amount.multiply(percent).movePointLeft(2);
    return new Money(exact.setScale(fractionDigits(), RoundingMode.HALF_UP), currency);
  }

  private int fractionDigits() {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " and " + other.currency + " do not add up");
    }
  }

  /**
   * The amount as a decimal string with the currency's usual decimals, or more where the amount has
   * them ("43.05", "1200", "0.125"): how the API, the event log and webhooks write money.
   */
  public String decimalString() {
    int usual = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    int scale = Math.max(usual, amount.stripTrailingZeros().scale());
    return amount.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
