package org.returnport.policy.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.returnport.money.Money;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;

/** A store in Germany with hubs in Leipzig (Europe and everywhere else) and Shanghai. */
final class PolicyFixtures {

  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  static final Hub LEIPZIG =
      new Hub("eu", "Returns EU", List.of("EU", "*"), "DE", "Lagerstraße 12, Leipzig", "DHL");
  static final Hub SHANGHAI =
      new Hub("cn", "Returns China", List.of("CN", "HK"), "CN", "春东路88号, 上海", "SF Express");

  private PolicyFixtures() {}

  static PolicyRules standard() {
    return SuggestedPolicy.rules("EUR", List.of(LEIPZIG, SHANGHAI));
  }

  static LineFacts line(String category, String paid, int ordered, int daysSinceDelivery) {
    return new LineFacts(
        1,
        "SKU-1",
        category,
        false,
        Money.of(paid, "EUR"),
        ordered,
        0,
        NOW.minus(Duration.ofDays(daysSinceDelivery)));
  }

  static ReturnChoice choose(LineFacts line, int quantity, String reason) {
    return new ReturnChoice(line, quantity, reason, "unused", 0);
  }

  static Money eur(String amount) {
    return new Money(new BigDecimal(amount), "EUR");
  }
}
