package org.returnport.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.policy.control.PolicyFixtures.NOW;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.returnport.money.Money;
import org.returnport.policy.control.QuoteCalculator.OrderFacts;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRulesBuilder;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;

class RefundPropertiesTest {

  @Property
  void aRefundIsNeverNegativeNeverMoreThanPaidAndTheFeesAddUp(
      @ForAll @BigRange(min = "0", max = "5000") BigDecimal paid,
      @ForAll @IntRange(min = 1, max = 20) int ordered,
      @ForAll @IntRange(min = 1, max = 20) int returned,
      @ForAll @BigRange(min = "0", max = "100") BigDecimal restockingPercent,
      @ForAll("reasons") String reason,
      @ForAll("moneyBack") Resolution resolution) {
    int quantity = Math.min(returned, ordered);
    PolicyRules rules =
        PolicyRulesBuilder.copy(PolicyFixtures.standard())
            .restockingPercent(restockingPercent.toPlainString())
            .build();
    Money linePaid = new Money(paid, "EUR");
    LineFacts line = new LineFacts(1, "SKU", "apparel", false, linePaid, ordered, 0, NOW);

    Quote quote =
        QuoteCalculator.quote(
            rules,
            new OrderFacts("US", linePaid),
            List.of(new ReturnChoice(line, quantity, reason, "unused", 1)),
            resolution,
            0,
            NOW);

    assertThat(quote.refund().isNegative()).isFalse();
    assertThat(quote.refund().isAbove(quote.itemsValue())).isFalse();
    assertThat(quote.itemsValue().isAbove(linePaid)).isFalse();
    assertThat(quote.itemsValue().minus(quote.fees())).isEqualTo(quote.refund());
    assertThat(quote.bonus().isNegative()).isFalse();
  }

  @Property
  void returningALineInPartsNeverRefundsMoreThanItCost(
      @ForAll @BigRange(min = "0.01", max = "10000") BigDecimal paid,
      @ForAll @IntRange(min = 2, max = 50) int ordered,
      @ForAll @IntRange(min = 1, max = 49) int first) {
    Money whole = new Money(paid, "EUR");
    int firstPart = Math.min(first, ordered - 1);

    Money parts = whole.share(firstPart, ordered).plus(whole.share(ordered - firstPart, ordered));

    assertThat(parts.isAbove(whole)).isFalse();
    assertThat(whole.minus(parts).isAbove(Money.of("0.02", "EUR"))).isFalse();
  }

  @Property
  void anExchangeRefundsNothingAndChargesNothing(
      @ForAll @BigRange(min = "0", max = "5000") BigDecimal paid,
      @ForAll @IntRange(min = 1, max = 20) int ordered,
      @ForAll("reasons") String reason) {
    Money linePaid = new Money(paid, "EUR");
    LineFacts line = new LineFacts(1, "TEE-M", "apparel", false, linePaid, ordered, 0, NOW);

    Quote quote =
        QuoteCalculator.quote(
            PolicyRulesBuilder.copy(PolicyFixtures.standard()).restockingPercent("15").build(),
            new OrderFacts("US", linePaid),
            List.of(new ReturnChoice(line, ordered, reason, "unused", 1, "TEE-L")),
            Resolution.EXCHANGE,
            0,
            NOW);

    assertThat(quote.refund().isZero()).isTrue();
    assertThat(quote.fees().isZero()).isTrue();
    assertThat(quote.keepItems()).isFalse();
    assertThat(quote.items().get(0).exchangeSku()).isEqualTo("TEE-L");
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Resolution> moneyBack() {
    return net.jqwik.api.Arbitraries.of(
        Resolution.REFUND, Resolution.STORE_CREDIT, Resolution.GIFT_CARD);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> reasons() {
    return net.jqwik.api.Arbitraries.of(
        PolicyFixtures.standard().reasons().stream().map(PolicyRules.Reason::code).toList());
  }
}
