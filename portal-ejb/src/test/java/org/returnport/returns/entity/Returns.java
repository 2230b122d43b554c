package org.returnport.returns.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.returnport.money.Money;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;

/** Returns as the entity makes them, for tests of what happens to them afterwards. */
final class Returns {

  static final Instant REQUESTED = Instant.parse("2026-11-02T09:00:00Z");

  private Returns() {}

  /** A return of one tee to the Leipzig hub, approved at once by the policy. */
  static ReturnCase approved() {
    return of(List.of());
  }

  /** The same return, waiting for a person to look at it. */
  static ReturnCase underReview() {
    return of(List.of("review.orderValue"));
  }

  private static ReturnCase of(List<String> reviewReasons) {
    Money tee = new Money(new BigDecimal("30.00"), "EUR");
    Money none = Money.zero("EUR");
    Quote quote =
        new Quote(
            Resolution.REFUND,
            List.of(new Quote.Item(1, "TEE", 1, "too-small", "unused", tee, none, null)),
            tee,
            none,
            none,
            tee,
            none,
            false,
            new Hub("eu", "Returns EU", List.of("*"), "DE", "Lagerstraße 12, Leipzig", "DHL"),
            true,
            REQUESTED.plus(Duration.ofDays(14)),
            reviewReasons);
    return new ReturnCase(
        RmaNumber.next(),
        "00000000-0000-0000-0000-000000000001",
        new ReturnCase.Shopper(1L, "DO-1", "noah@example.com", "Noah", "FR", "en"),
        1,
        quote,
        Map.of(1, "Tee"),
        Map.of(),
        REQUESTED);
  }
}
