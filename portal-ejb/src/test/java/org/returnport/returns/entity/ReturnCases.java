package org.returnport.returns.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnport.money.Money;
import org.returnport.policy.control.LineFacts;
import org.returnport.policy.control.QuoteCalculator;
import org.returnport.policy.control.QuoteCalculator.OrderFacts;
import org.returnport.policy.control.ReturnChoice;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;

/**
 * Returns as a German store's shoppers submit them under the suggested policy (send within 14 days;
 * hubs in Leipzig with DHL for Europe and everywhere else, Shanghai with SF Express for China):
 * approved at once up to 500 EUR, reviewed above.
 */
public final class ReturnCases {

  public static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  static final PolicyRules RULES =
      SuggestedPolicy.rules(
          "EUR",
          List.of(
              new Hub("eu", "Returns EU", List.of("EU", "*"), "DE", "Leipzig", "DHL"),
              new Hub("cn", "Returns China", List.of("CN"), "CN", "Shanghai", "SF Express")));

  private ReturnCases() {}

  /** An approved return of a 60 EUR item shipped to the country, submitted at {@code at}. */
  public static ReturnCase approved(String country, Instant at) {
    return submitted(country, "60.00", at);
  }

  /** A return of a 600 EUR item, which a person must review. */
  public static ReturnCase underReview(String country, Instant at) {
    return submitted(country, "600.00", at);
  }

  private static ReturnCase submitted(String country, String paid, Instant at) {
    Money value = Money.of(paid, "EUR");
    LineFacts line = new LineFacts(1, "TEE", "apparel", false, value, 1, 0, at);
    Quote quote =
        QuoteCalculator.quote(
            RULES,
            new OrderFacts(country, value),
            List.of(new ReturnChoice(line, 1, "too-small", "unused", 0)),
            Resolution.REFUND,
            0,
            at);
    return new ReturnCase(
        RmaNumber.next(),
        UUID.randomUUID().toString(),
        new ReturnCase.Shopper(1L, "1001", "noah@example.com", "Noah", country, "en"),
        1,
        quote,
        Map.of(1, "Tee"),
        Map.of(),
        at);
  }

  public static Instant daysAfter(Instant at, long days) {
    return at.plus(Duration.ofDays(days));
  }
}
