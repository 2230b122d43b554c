package org.returnport.loyalty.redemption.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returnport.events.PointsRedeemed.Reward;
import org.returnport.money.Money;

class LoyaltyRedemptionTest {

  private final LoyaltyRedemption cut =
      LoyaltyRedemption.discountCode(
          "k1",
          7,
          99,
          500,
          Money.of("5.00", "EUR"),
          3,
          200,
          "PTS-7KQ2-M9XA-PL3D-W8RT",
          "h",
          Instant.EPOCH);

  @Test
  void theSameKeyAnswersOnlyTheSameRequest() {
    assertThat(cut.answers(7, 500, Reward.DISCOUNT_CODE)).isTrue();
    assertThat(cut.answers(8, 500, Reward.DISCOUNT_CODE)).as("another member").isFalse();
    assertThat(cut.answers(7, 600, Reward.DISCOUNT_CODE)).as("other points").isFalse();
    assertThat(cut.answers(7, 500, Reward.STORE_CREDIT)).as("another reward").isFalse();
  }

  @Test
  void aDiscountCodeShowsItsLastFourAndKeepsItsValue() {
    assertThat(cut.getCodeLast4()).isEqualTo("W8RT");
    assertThat(cut.getValue()).isEqualTo(Money.of("5", "EUR"));
    assertThat(cut.getBalanceAfter()).isEqualTo(200);
  }

  @Test
  void aRedemptionTakesPoints() {
    assertThatThrownBy(
            () ->
                LoyaltyRedemption.storeCredit(
                    "k2", 7, 99, 0, Money.of("0.01", "EUR"), 3, 0, 5, "ABCD", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
