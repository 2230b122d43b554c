package org.returnport.catalog.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An amount in one currency, kept to four decimals as stored ({@code DECIMAL(19,4)}); never a
 * floating-point number.
 */
public record Money(BigDecimal amount, String currency) {

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

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " and " + other.currency + " do not add up");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
