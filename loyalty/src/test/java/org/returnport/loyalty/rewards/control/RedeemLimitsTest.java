package org.returnport.loyalty.rewards.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.money.Money;

class RedeemLimitsTest {

  /** At least 500 points, in steps of 100, a point worth one cent. */
  private final RedeemLimits cut =
      RedeemLimits.of(new ProgramRules.Redemption(new BigDecimal("0.01"), 500, 100), "EUR");

  @Test
  void theMostIsTheBalanceInWholeSteps() {
    assertThat(cut.maxFor(2_460)).isEqualTo(2_400);
    assertThat(cut.maxFor(500)).isEqualTo(500);
  }

  @Test
  void belowTheMinimumOrInDebtNothingCanBeRedeemed() {
    assertThat(cut.maxFor(499)).isZero();
    assertThat(cut.canRedeem(499)).isFalse();
    assertThat(cut.maxFor(-120)).isZero();
    assertThat(cut.missingFor(320)).isEqualTo(180);
    assertThat(cut.missingFor(-120)).as("a debt is repaid first, then counted").isEqualTo(500);
    assertThat(cut.missingFor(800)).isZero();
  }

  @Test
  void pointsAreWorthTheirValueInTheStoresCurrency() {
    assertThat(cut.valueOf(1_200)).isEqualTo(Money.of("12.00", "EUR"));
  }

  @Test
  void aFewChoicesFromTheMinimumToTheMost() {
    assertThat(cut.choices(2_460, 6)).containsExactly(500L, 900L, 1_300L, 1_700L, 2_100L, 2_400L);
    assertThat(cut.choices(700, 6)).containsExactly(500L, 600L, 700L);
    assertThat(cut.choices(560, 6)).containsExactly(500L);
    assertThat(cut.choices(300, 6)).isEmpty();
  }

  @Test
  void manyStepsStillGiveAtMostTheCountAsked() {
    assertThat(cut.choices(1_000_000, 6)).hasSize(6).startsWith(500L).endsWith(1_000_000L);
  }
}
