package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.money.Money;

class MinorUnitsTest {

  @ParameterizedTest(name = "{0} {1} is {2} minor units")
  @CsvSource({
    "43.05, EUR, 4305",
    "0.01, EUR, 1",
    "1200, JPY, 1200",
    "1.234, KWD, 1234",
    "19999999.99, USD, 1999999999",
    "0, GBP, 0",
    "100.10, CNY, 10010"
  })
  void exactAmountsBecomeWholeMinorUnitsAndBack(String amount, String currency, long minor) {
    Money money = Money.of(amount, currency);

    assertThat(MinorUnits.of(money)).isEqualTo(minor);
    assertThat(MinorUnits.toMoney(minor, currency.toLowerCase())).isEqualTo(money);
  }

  @ParameterizedTest(name = "{0} {1} is refused")
  @CsvSource({"1.005, EUR", "12.5, JPY", "0.0001, USD", "-1.00, EUR"})
  void anAmountFinerThanTheSmallestUnitOrNegativeIsRefusedNotRounded(
      String amount, String currency) {
    Money money = Money.of(amount, currency);

    assertThatThrownBy(() -> MinorUnits.of(money)).isInstanceOf(IllegalArgumentException.class);
  }
}
