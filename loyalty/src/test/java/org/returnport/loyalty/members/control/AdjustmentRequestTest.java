package org.returnport.loyalty.members.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.returnport.errors.RejectedException;

class AdjustmentRequestTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n\t"})
  void anAdjustmentWithoutAReasonIsRefusedAtTheReasonField(String reason) {
    assertThatThrownBy(() -> new AdjustmentRequest(50, reason, "k1").checked())
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("returnport.loyalty.adjust.reasonRequired");
              assertThat(e.field()).isEqualTo("reason");
            });
  }

  @Test
  void theReasonIsKeptTrimmed() {
    assertThat(new AdjustmentRequest(-20, "  Goodwill for a late parcel \n", "k1").checked())
        .isEqualTo(new AdjustmentRequest(-20, "Goodwill for a late parcel", "k1"));
  }

  @Test
  void zeroTooManyPointsATooLongReasonAndABadKeyAreRefused() {
    assertRefused(new AdjustmentRequest(0, "why", "k"), "returnport.loyalty.adjust.zero");
    assertRefused(
        new AdjustmentRequest(1_000_001, "why", "k"), "returnport.loyalty.adjust.tooMany");
    assertRefused(
        new AdjustmentRequest(-1_000_001, "why", "k"), "returnport.loyalty.adjust.tooMany");
    assertRefused(
        new AdjustmentRequest(5, "x".repeat(501), "k"), "returnport.loyalty.adjust.reasonTooLong");
    assertRefused(new AdjustmentRequest(5, "why", " "), "returnport.loyalty.adjust.badKey");
    assertRefused(new AdjustmentRequest(5, "why", "a/b"), "returnport.loyalty.adjust.badKey");
    assertRefused(
        new AdjustmentRequest(5, "why", "k".repeat(AdjustmentRequest.KEY_MAX + 1)),
        "returnport.loyalty.adjust.badKey");
    assertThat(new AdjustmentRequest(5, "x".repeat(500), "k".repeat(AdjustmentRequest.KEY_MAX)))
        .isEqualTo(
            new AdjustmentRequest(5, "x".repeat(500), "k".repeat(AdjustmentRequest.KEY_MAX))
                .checked());
  }

  @Test
  void removingMoreThanTheBalanceIsRefusedAndAnAdditionAlwaysPasses() {
    AdjustmentRequest remove = new AdjustmentRequest(-100, "why", "k");
    remove.requireCovered(100);
    assertThatThrownBy(() -> remove.requireCovered(99))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("returnport.loyalty.adjust.belowZero");
              assertThat(e.arguments()).containsExactly(99L);
            });
    // A member in debt has nothing to remove, but may be given points that repay it.
    assertThatThrownBy(() -> remove.requireCovered(-30))
        .isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).arguments()).containsExactly(0L));
    new AdjustmentRequest(10, "why", "k").requireCovered(-30);
  }

  private static void assertRefused(AdjustmentRequest request, String key) {
    assertThatThrownBy(request::checked)
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }
}
