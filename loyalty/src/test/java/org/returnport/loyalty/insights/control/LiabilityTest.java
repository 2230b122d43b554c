package org.returnport.loyalty.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.money.Money;

class LiabilityTest {

  @ParameterizedTest(name = "{0} points at {1} {2} = {3}")
  @CsvSource({
    "250, 0.01, EUR, 2.50",
    "333, 0.0125, EUR, 4.16", // 4.1625 rounds down
    "334, 0.0125, EUR, 4.18", // 4.175 rounds half up
    "1, 0.005, EUR, 0.01", // half a cent is a cent
    "12345, 0.1, JPY, 1235", // no minor unit: whole yen, 1234.5 rounds up
    "1000, 0.001, KWD, 1.000", // three decimals
    "0, 0.01, CNY, 0.00",
  })
  void pointsAreWorthTheirValueRoundedHalfUpToTheCurrencysSmallestUnit(
      long points, String value, String currency, String expected) {
    assertThat(Liability.worth(points, new BigDecimal(value), currency))
        .isEqualTo(Money.of(expected, currency));
  }

  @Test
  void spendablePendingAndOwedPointsAreValuedApart() {
    Liability liability = Liability.of(250, 80, 100, new BigDecimal("0.01"), "EUR");
    assertThat(liability.value()).isEqualTo(Money.of("2.50", "EUR"));
    assertThat(liability.pendingValue()).isEqualTo(Money.of("0.80", "EUR"));
    assertThat(liability.debtValue()).isEqualTo(Money.of("1.00", "EUR"));
    assertThat(liability.points()).isEqualTo(250);
  }

  @Test
  void aLargeLiabilityIsExact() {
    // A hundred million points at a tenth of a cent: no floating point drift.
    assertThat(Liability.worth(100_000_001L, new BigDecimal("0.001"), "USD"))
        .isEqualTo(Money.of("100000.00", "USD"));
  }
}
