package org.returnport.community.reviews.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.returns.boundary.ReturnedProducts.Returned;
import org.returnport.values.EmailAddress;

class BadgeRulesTest {

  private static final EmailAddress ANA = EmailAddress.parse("ana@example.com").orElseThrow();
  private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void anOrderOfTheMembersAddressWithTheProductIsAVerifiedPurchase() {
    assertThat(BadgeRules.purchased(ANA, List.of("Ana@Example.com"))).isTrue();
  }

  @Test
  void anotherAddressOrNoOrderEarnsNothing() {
    assertThat(BadgeRules.purchased(ANA, List.of("bo@example.com", "ana@example.co"))).isFalse();
    assertThat(BadgeRules.purchased(ANA, List.of())).isFalse();
  }

  @Test
  void onlyAClosedReturnIsAVerifiedReturn() {
    List<Returned> open = List.of(new Returned(7, "ana@example.com", "TEE-M", false, MONDAY));
    List<Returned> closed = List.of(new Returned(7, "ana@example.com", "TEE-M", true, MONDAY));

    assertThat(BadgeRules.returned(ANA, "TEE-M", open)).isEmpty();
    assertThat(BadgeRules.returned(ANA, "TEE-M", closed)).contains(7L);
  }

  @Test
  void theLatestClosedReturnOfTheProductNamesTheBadge() {
    List<Returned> lines =
        List.of(
            new Returned(3, "ana@example.com", "TEE-M", true, MONDAY),
            new Returned(9, "ana@example.com", "TEE-M", true, MONDAY.plusSeconds(60)),
            new Returned(11, "bo@example.com", "TEE-M", true, MONDAY.plusSeconds(90)),
            new Returned(12, "ana@example.com", "TEE-L", true, MONDAY.plusSeconds(99)));

    assertThat(BadgeRules.returned(ANA, "TEE-M", lines)).contains(9L);
  }
}
