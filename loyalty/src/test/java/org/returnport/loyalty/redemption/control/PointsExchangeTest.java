package org.returnport.loyalty.redemption.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.entity.ProgramRules.Redemption;
import org.returnport.money.Money;

class PointsExchangeTest {

  @ParameterizedTest(name = "{1} points at {0} {2} = {3}")
  @CsvSource({
    // point value, points, currency, value: rounded down to the currency's smallest unit
    "0.01,   500,  EUR, 5.00",
    "0.01,   1500, EUR, 15.00",
    "0.0125, 500,  EUR, 6.25",
    "0.0125, 100,  EUR, 1.25",
    "0.0133, 100,  EUR, 1.33",
    "0.0137, 100,  USD, 1.37",
    "0.0137, 99,   USD, 1.35",
    "0.5,    500,  JPY, 250",
    "0.0125, 100,  JPY, 1",
    "0.333,  100,  KWD, 33.300",
    "0.0007, 1000, KWD, 0.700",
    "0.0007, 999,  KWD, 0.699",
    "1000,   1000000, CNY, 1000000000.00",
  })
  void pointsAreWorthTheirValueRoundedDownToTheCurrency(
      String pointValue, long points, String currency, String value) {
    Money worth = PointsExchange.value(rules(pointValue, 100, 100), points, currency);

    assertThat(worth).isEqualTo(Money.of(value, currency));
    assertThat(worth.decimalString()).isEqualTo(value);
  }

  @ParameterizedTest(name = "min {0} step {1}: {2} of {3}")
  @CsvSource({
    // minimum, step, points asked, balance, value in EUR at 0.01
    "500, 100, 500,  500,  5.00",
    "500, 100, 600,  1000, 6.00",
    "500, 100, 1000, 1000, 10.00",
    "500, 500, 1500, 4000, 15.00",
    "100, 1,   137,  137,  1.37",
  })
  void aRedemptionWithinTheRulesIsWorthItsPoints(
      int minimum, int step, long points, long balance, String value) {
    assertThat(PointsExchange.redeem(rules("0.01", minimum, step), points, balance, "EUR"))
        .isEqualTo(Money.of(value, "EUR"));
  }

  @ParameterizedTest(name = "min {0} step {1}: {2} of {3} refused with {4} {5}")
  @CsvSource({
    // minimum, step, points asked, balance, refusal, its argument
    "500, 100, 400,  1000, loyalty.redeem.minimum,     500",
    "500, 100, 0,    1000, loyalty.redeem.minimum,     500",
    "500, 100, -500, 1000, loyalty.redeem.minimum,     500",
    "500, 100, 550,  1000, loyalty.redeem.step,        100",
    "500, 500, 700,  1000, loyalty.redeem.step,        500",
    "500, 100, 600,  500,  loyalty.redeem.overBalance, 500",
    "500, 100, 500,  499,  loyalty.redeem.overBalance, 499",
    "500, 100, 500,  0,    loyalty.redeem.overBalance, 0",
    "500, 100, 500,  -30,  loyalty.redeem.debt,        30",
  })
  void aRedemptionOutsideTheRulesIsRefusedNamingTheRule(
      int minimum, int step, long points, long balance, String key, long argument) {
    assertThatThrownBy(
            () -> PointsExchange.redeem(rules("0.01", minimum, step), points, balance, "EUR"))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo("points");
              assertThat(e.arguments())
                  .map(String::valueOf)
                  .containsExactly(String.valueOf(argument));
            });
  }

  @ParameterizedTest
  @CsvSource({"0.0001, 100, JPY", "0.0001, 10, EUR", "0.0049, 1, USD"})
  void pointsWorthLessThanTheSmallestCoinAreRefused(String pointValue, int points, String cur) {
    assertThatThrownBy(
            () -> PointsExchange.redeem(rules(pointValue, points, 1), points, 10_000, cur))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("loyalty.redeem.worthless"));
  }

  @ParameterizedTest(name = "min {0} step {1}, balance {2}: {3} redeemable")
  @CsvSource({
    "500, 100, 0,    0",
    "500, 100, 499,  0",
    "500, 100, 500,  500",
    "500, 100, 1099, 1000",
    "500, 500, 1499, 1000",
    "500, 100, -200, 0",
  })
  void theMostRedeemableIsTheBalanceInWholeStepsFromTheMinimum(
      int minimum, int step, long balance, long redeemable) {
    assertThat(PointsExchange.redeemable(rules("0.01", minimum, step), balance))
        .isEqualTo(redeemable);
  }

  private static Redemption rules(String pointValue, int minimum, int step) {
    return new Redemption(new BigDecimal(pointValue), minimum, step);
  }
}
