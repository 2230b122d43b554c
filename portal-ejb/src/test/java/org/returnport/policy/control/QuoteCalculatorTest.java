package org.returnport.policy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.returnport.policy.control.PolicyFixtures.NOW;
import static org.returnport.policy.control.PolicyFixtures.choose;
import static org.returnport.policy.control.PolicyFixtures.eur;
import static org.returnport.policy.control.PolicyFixtures.line;
import static org.returnport.policy.control.PolicyFixtures.standard;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.policy.control.QuoteCalculator.OrderFacts;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRulesBuilder;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Resolution;

class QuoteCalculatorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                               | country | order value | paid  | qty | reason           | resolution   | returns | items | shipping | refund | bonus | hub | border | keep  | review
          a changed mind pays return shipping  | DE      | 100.00      | 34.51 | 1   | changed-mind     | REFUND       | 0       | 34.51 | 5.95     | 28.56  | 0.00  | eu  | false  | false |
          the store's mistake ships free       | DE      | 100.00      | 34.51 | 1   | wrong-item       | REFUND       | 0       | 34.51 | 0.00     | 34.51  | 0.00  | eu  | false  | false |
          large orders return free             | FR      | 150.00      | 34.51 | 1   | too-small        | REFUND       | 0       | 34.51 | 0.00     | 34.51  | 0.00  | eu  | true   | false |
          store credit earns the bonus         | DE      | 100.00      | 34.51 | 1   | too-large        | STORE_CREDIT | 0       | 34.51 | 5.95     | 28.56  | 2.86  | eu  | false  | false |
          cheap items are kept, no parcel      | DE      | 100.00      | 9.99  | 1   | too-large        | REFUND       | 0       | 9.99  | 0.00     | 9.99   | 0.00  | -   | false  | true  |
          a Chinese shopper sends to Shanghai  | CN      | 100.00      | 58.00 | 2   | too-small        | GIFT_CARD    | 0       | 58.00 | 5.95     | 52.05  | 0.00  | cn  | false  | false |
          an American shopper crosses a border | US      | 100.00      | 58.00 | 2   | too-small        | REFUND       | 0       | 58.00 | 5.95     | 52.05  | 0.00  | eu  | true   | false |
          expensive orders wait for a person   | DE      | 900.00      | 34.51 | 1   | too-small        | REFUND       | 0       | 34.51 | 0.00     | 34.51  | 0.00  | eu  | false  | false | returnport.review.orderValue
          frequent returners wait for a person | DE      | 100.00      | 34.51 | 1   | too-small        | REFUND       | 3       | 34.51 | 5.95     | 28.56  | 0.00  | eu  | false  | false | returnport.review.frequent
          """)
  void pricesAReturn(
      String why,
      String country,
      String orderValue,
      String paid,
      int quantity,
      String reason,
      Resolution resolution,
      int returnsIn90Days,
      String items,
      String shipping,
      String refund,
      String bonus,
      String hub,
      boolean border,
      boolean keep,
      String review) {
    LineFacts line = line("apparel", paid, quantity, 5);

    Quote quote =
        QuoteCalculator.quote(
            standard(),
            new OrderFacts(country, eur(orderValue)),
            List.of(choose(line, quantity, reason)),
            resolution,
            returnsIn90Days,
            NOW);

    assertThat(quote.itemsValue()).isEqualTo(eur(items));
    assertThat(quote.shippingFee()).isEqualTo(eur(shipping));
    assertThat(quote.refund()).isEqualTo(eur(refund));
    assertThat(quote.bonus()).isEqualTo(eur(bonus));
    assertThat(quote.hub() == null ? "-" : quote.hub().code()).isEqualTo(hub);
    assertThat(quote.crossesBorder()).isEqualTo(border);
    assertThat(quote.keepItems()).isEqualTo(keep);
    assertThat(quote.reviewReasons()).isEqualTo(review == null ? List.of() : List.of(review));
    assertThat(quote.shipBy()).isEqualTo(keep ? null : NOW.plus(java.time.Duration.ofDays(14)));
  }

  @Test
  void reasonsThatNeedPhotosNeedAPersonAndAtLeastOnePhoto() {
    LineFacts line = line("apparel", "34.51", 1, 5);
    OrderFacts order = new OrderFacts("DE", eur("34.51"));

    assertThatThrownBy(
            () ->
                QuoteCalculator.quote(
                    standard(),
                    order,
                    List.of(choose(line, 1, "damaged")),
                    Resolution.REFUND,
                    0,
                    NOW))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.return.photosNeeded"));

    Quote quote =
        QuoteCalculator.quote(
            standard(),
            order,
            List.of(new ReturnChoice(line, 1, "damaged", "unused", 2)),
            Resolution.REFUND,
            0,
            NOW);
    assertThat(quote.reviewReasons()).containsExactly("returnport.review.photos");
    assertThat(quote.shippingFee()).isEqualTo(eur("0.00"));
  }

  @Test
  void aPercentageRestockingFeeIsKeptBackUnlessTheStoreWasAtFault() {
    PolicyRules rules = PolicyRulesBuilder.copy(standard()).restockingPercent("10").build();
    LineFacts line = line("apparel", "200.00", 1, 5);
    OrderFacts order = new OrderFacts("DE", eur("200.00"));

    Quote changedMind =
        QuoteCalculator.quote(
            rules, order, List.of(choose(line, 1, "changed-mind")), Resolution.REFUND, 0, NOW);
    Quote wrongItem =
        QuoteCalculator.quote(
            rules, order, List.of(choose(line, 1, "wrong-item")), Resolution.REFUND, 0, NOW);

    assertThat(changedMind.restockingFee()).isEqualTo(eur("20.00"));
    assertThat(changedMind.shippingFee())
        .as("the order is above the free-returns threshold")
        .isEqualTo(eur("0.00"));
    assertThat(changedMind.refund()).isEqualTo(eur("180.00"));
    assertThat(wrongItem.restockingFee()).isEqualTo(eur("0.00"));
    assertThat(wrongItem.refund()).isEqualTo(eur("200.00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "more than was bought, 3, too-small, unused, REFUND, returnport.return.quantity",
    "nothing at all, 0, too-small, unused, REFUND, returnport.return.quantity",
    "a reason the policy does not have, 1, bored, unused, REFUND, returnport.return.reason",
    "a condition the policy refuses, 1, too-small, used, REFUND, returnport.return.conditionRefused",
    "a condition the policy does not know, 1, too-small, burnt, REFUND, returnport.return.condition",
  })
  void refusesWhatThePolicyDoesNotAllow(
      String why,
      int quantity,
      String reason,
      String condition,
      Resolution resolution,
      String key) {
    LineFacts line = line("apparel", "58.00", 2, 5);

    assertThatThrownBy(
            () ->
                QuoteCalculator.quote(
                    standard(),
                    new OrderFacts("DE", eur("58.00")),
                    List.of(new ReturnChoice(line, quantity, reason, condition, 0)),
                    resolution,
                    0,
                    NOW))
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void anExchangeNeedsTheVariantWanted() {
    LineFacts line = line("apparel", "58.00", 2, 5);

    assertThatThrownBy(
            () ->
                QuoteCalculator.quote(
                    standard(),
                    new OrderFacts("DE", eur("58.00")),
                    List.of(choose(line, 1, "too-small")),
                    Resolution.EXCHANGE,
                    0,
                    NOW))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.return.exchangeChoice"));
  }

  @Test
  void refusesAResolutionTheStoreDoesNotOffer() {
    PolicyRules refundsOnly =
        PolicyRulesBuilder.copy(standard())
            .resolutions(java.util.Set.of(Resolution.REFUND))
            .build();
    LineFacts line = line("apparel", "58.00", 2, 5);

    assertThatThrownBy(
            () ->
                QuoteCalculator.quote(
                    refundsOnly,
                    new OrderFacts("DE", eur("58.00")),
                    List.of(choose(line, 1, "too-small")),
                    Resolution.STORE_CREDIT,
                    0,
                    NOW))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.return.resolution"));
  }

  @Test
  void feesAreInTheOrdersCurrencyOnly() {
    LineFacts line = new LineFacts(1, "SKU-1", "apparel", false, Money.of("300", "CNY"), 1, 0, NOW);

    Quote quote =
        QuoteCalculator.quote(
            standard(),
            new OrderFacts("CN", Money.of("300", "CNY")),
            List.of(choose(line, 1, "too-small")),
            Resolution.REFUND,
            0,
            NOW);

    assertThat(quote.shippingFee()).isEqualTo(Money.of("0", "CNY"));
    assertThat(quote.refund()).isEqualTo(Money.of("300", "CNY"));
    assertThat(quote.keepItems()).isFalse();
  }

  /**
   * A tier's benefits as the quote applies them: Gold ships free, has 15 more days and a 15 %
   * bonus; Silver has 5 more days and a bonus below the policy's 10 % (which stays); Bronze has a
   * 12 % bonus only. A tier the policy does not name, or none, gets the policy as it is.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case                                   | tier     | days | resolution   | shipping | refund | bonus | refused
          no tier pays return shipping             | -        | 5    | REFUND       | 5.95     | 28.56  | 0.00  | -
          Gold ships free                          | gold     | 5    | REFUND       | 0.00     | 34.51  | 0.00  | -
          Gold's bonus beats the policy's          | gold     | 5    | STORE_CREDIT | 0.00     | 34.51  | 5.18  | -
          Silver's lower bonus leaves the policy's | silver   | 5    | STORE_CREDIT | 5.95     | 28.56  | 2.86  | -
          Bronze's higher bonus, with the fee      | bronze   | 5    | STORE_CREDIT | 5.95     | 28.56  | 3.43  | -
          a tier the policy does not name          | platinum | 5    | STORE_CREDIT | 5.95     | 28.56  | 2.86  | -
          no tier on the last day                  | -        | 30   | REFUND       | 5.95     | 28.56  | 0.00  | -
          no tier a day late                       | -        | 31   | REFUND       | -        | -      | -     | returnport.eligibility.windowClosed
          Gold a day late for others               | gold     | 31   | REFUND       | 0.00     | 34.51  | 0.00  | -
          Gold on its last day                     | gold     | 45   | REFUND       | 0.00     | 34.51  | 0.00  | -
          Gold a day after its last                | gold     | 46   | REFUND       | -        | -      | -     | returnport.eligibility.windowClosed
          Silver on its last day                   | silver   | 35   | REFUND       | 5.95     | 28.56  | 0.00  | -
          Silver a day after its last              | silver   | 36   | REFUND       | -        | -      | -     | returnport.eligibility.windowClosed
          Bronze has no more days                  | bronze   | 31   | REFUND       | -        | -      | -     | returnport.eligibility.windowClosed
          """)
  void pricesAReturnForTheShoppersTier(
      String why,
      String tier,
      int daysSinceDelivery,
      Resolution resolution,
      String shipping,
      String refund,
      String bonus,
      String refused) {
    PolicyRules rules =
        PolicyRulesBuilder.copy(standard())
            .tierBenefits(
                new PolicyRules.TierBenefit("gold", true, 15, true, new BigDecimal("15")),
                new PolicyRules.TierBenefit("silver", false, 5, false, new BigDecimal("8")),
                new PolicyRules.TierBenefit("bronze", false, 0, false, new BigDecimal("12")))
            .build()
            .checked();
    LineFacts line = line("apparel", "34.51", 1, daysSinceDelivery);
    OrderFacts order = new OrderFacts("DE", eur("100.00"));

    if (refused != null) {
      assertThatThrownBy(
              () ->
                  QuoteCalculator.quote(
                      rules.forTier(tier),
                      order,
                      List.of(choose(line, 1, "changed-mind")),
                      resolution,
                      0,
                      NOW))
          .isInstanceOfSatisfying(
              RejectedException.class, e -> assertThat(e.messageKey()).isEqualTo(refused));
      return;
    }
    Quote quote =
        QuoteCalculator.quote(
            rules.forTier(tier),
            order,
            List.of(choose(line, 1, "changed-mind")),
            resolution,
            0,
            NOW);

    assertThat(quote.shippingFee()).isEqualTo(eur(shipping));
    assertThat(quote.refund()).isEqualTo(eur(refund));
    assertThat(quote.bonus()).isEqualTo(eur(bonus));
  }
}
