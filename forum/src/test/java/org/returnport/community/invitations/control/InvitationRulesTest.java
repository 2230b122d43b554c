package org.returnport.community.invitations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvitationRulesTest {

  private static final Instant PLACED = Instant.parse("2026-10-01T09:00:00Z");
  private static final Instant SHIPPED = PLACED.plus(Duration.ofDays(1));
  private static final Instant DELIVERED = PLACED.plus(Duration.ofDays(4));

  @Test
  void theStoresDeliveryTimeCountsFirstThenShippingOrPlacingPlusTransit() {
    assertThat(InvitationRules.arrival(PLACED, SHIPPED, DELIVERED, 7)).isEqualTo(DELIVERED);
    assertThat(InvitationRules.arrival(PLACED, SHIPPED, null, 7))
        .isEqualTo(SHIPPED.plus(Duration.ofDays(7)));
    assertThat(InvitationRules.arrival(PLACED, null, null, 5))
        .isEqualTo(PLACED.plus(Duration.ofDays(5)));
  }

  @Test
  void dueTheStoresDaysAfterArrivalAndNotWhenLongPast() {
    assertThat(InvitationRules.due(DELIVERED, 7, DELIVERED.plus(Duration.ofDays(7)))).isTrue();
    assertThat(
            InvitationRules.due(DELIVERED, 7, DELIVERED.plus(Duration.ofDays(7)).minusSeconds(1)))
        .isFalse();
    assertThat(InvitationRules.due(DELIVERED, 7, DELIVERED.plus(Duration.ofDays(36)))).isTrue();
    assertThat(InvitationRules.due(DELIVERED, 7, DELIVERED.plus(Duration.ofDays(37))))
        .as("more than 30 days after it fell due")
        .isFalse();
  }

  @Test
  void productsReturnedInFullAreNotAskedAboutAndEachProductOnce() {
    List<InvitationRules.Line> lines =
        List.of(
            new InvitationRules.Line(1, "TEE-M", "Tee", 2),
            new InvitationRules.Line(2, "CAP", "Cap", 1),
            new InvitationRules.Line(3, "TEE-M", "Tee", 1));

    assertThat(InvitationRules.toReview(lines, Map.of()))
        .extracting(InvitationRules.Line::sku)
        .containsExactly("TEE-M", "CAP");
    assertThat(InvitationRules.toReview(lines, Map.of(2, 1L)))
        .extracting(InvitationRules.Line::sku)
        .containsExactly("TEE-M");
    assertThat(InvitationRules.toReview(lines, Map.of(1, 1L, 2, 1L)))
        .as("one of two tees kept")
        .extracting(InvitationRules.Line::sku)
        .containsExactly("TEE-M");
    assertThat(InvitationRules.toReview(lines, Map.of(1, 2L, 2, 1L, 3, 1L)))
        .as("the whole order went back")
        .isEmpty();
  }
}
