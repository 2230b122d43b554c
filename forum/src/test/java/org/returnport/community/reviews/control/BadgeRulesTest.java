package org.returnport.community.reviews.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.community.reviews.control.BadgeRules.Bought;
import org.returnport.community.reviews.control.BadgeRules.Returned;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.values.EmailAddress;

class BadgeRulesTest {

  private static final EmailAddress ANA = EmailAddress.parse("ana@example.com").orElseThrow();
  private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void anOrderOfTheMembersAddressWithTheProductIsAVerifiedPurchase() {
    assertThat(BadgeRules.purchased(ANA, "TEE-M", List.of(new Bought("Ana@Example.com", "TEE-M"))))
        .isTrue();
  }

  @Test
  void anotherProductOrAnotherAddressEarnsNothing() {
    assertThat(
            BadgeRules.purchased(
                ANA,
                "TEE-M",
                List.of(
                    new Bought("ana@example.com", "TEE-L"), new Bought("bo@example.com", "TEE-M"))))
        .isFalse();
    assertThat(BadgeRules.purchased(ANA, "TEE-M", List.of())).isFalse();
  }

  @Test
  void onlyAClosedReturnIsAVerifiedReturn() {
    for (ReturnStatus status : ReturnStatus.values()) {
      List<Returned> lines = List.of(new Returned(7, "ana@example.com", "TEE-M", status, MONDAY));
      assertThat(BadgeRules.returned(ANA, "TEE-M", lines))
          .as(status.name())
          .isEqualTo(
              status == ReturnStatus.CLOSED
                  ? java.util.Optional.of(7L)
                  : java.util.Optional.empty());
    }
  }

  @Test
  void theLatestClosedReturnOfTheProductNamesTheBadge() {
    List<Returned> lines =
        List.of(
            new Returned(3, "ana@example.com", "TEE-M", ReturnStatus.CLOSED, MONDAY),
            new Returned(
                9, "ana@example.com", "TEE-M", ReturnStatus.CLOSED, MONDAY.plusSeconds(60)),
            new Returned(
                11, "bo@example.com", "TEE-M", ReturnStatus.CLOSED, MONDAY.plusSeconds(90)),
            new Returned(
                12, "ana@example.com", "TEE-L", ReturnStatus.CLOSED, MONDAY.plusSeconds(99)));

    assertThat(BadgeRules.returned(ANA, "TEE-M", lines)).contains(9L);
  }
}
