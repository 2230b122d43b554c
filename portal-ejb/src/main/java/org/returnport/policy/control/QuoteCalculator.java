package org.returnport.policy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.PolicyRules.Reason;
import org.returnport.policy.entity.PolicyRules.RestockingFee;
import org.returnport.policy.entity.PolicyRules.ShippingFee;
import org.returnport.policy.entity.Quote;
import org.returnport.policy.entity.Regions;
import org.returnport.policy.entity.Resolution;

/**
 * Works out a return under a policy: refuses what the policy does not allow, in its own words, and
 * otherwise prices it (fees, refund, bonus), picks the hub and decides whether it needs a person.
 */
public final class QuoteCalculator {

  /** Photos a shopper may add to one item. */
  public static final int MAX_PHOTOS = 5;

  private QuoteCalculator() {}

  /**
   * @param order what the order says: where it went and its value, in its currency
   * @param returnsIn90Days how many returns the same shopper requested in the last 90 days
   */
  public static Quote quote(
      PolicyRules rules,
      OrderFacts order,
      List<ReturnChoice> choices,
      Resolution resolution,
      int returnsIn90Days,
      Instant now) {
    if (choices.isEmpty()) {
      throw new RejectedException("items", "returnport.return.noItems");
    }
    if (resolution == null || !rules.resolutions().contains(resolution)) {
      throw new RejectedException("resolution", "returnport.return.resolution");
    }
    String currency = order.value().currency();
    List<Quote.Item> items = new ArrayList<>();
    List<String> review = new ArrayList<>();
    boolean merchantFault = false;
    boolean keepForReasons = !rules.keepIt().reasons().isEmpty();
    Money itemsValue = Money.zero(currency);
    Money restocking = Money.zero(currency);
    for (ReturnChoice choice : choices) {
      Reason reason = check(rules, choice, now);
      merchantFault |= reason.merchantFault();
      keepForReasons &= rules.keepIt().reasons().contains(reason.code());
      if (reason.photosRequired() && !review.contains("returnport.review.photos")) {
        review.add("returnport.review.photos");
      }
      LineFacts line = choice.line();
      boolean exchange = resolution == Resolution.EXCHANGE;
      if (exchange && (choice.exchangeSku() == null || choice.exchangeSku().equals(line.sku()))) {
        throw new RejectedException("line" + line.lineNo(), "returnport.return.exchangeChoice");
      }
      Money value = line.paid().share(choice.quantity(), line.ordered());
      Money fee =
          reason.merchantFault() || exchange
              ? Money.zero(currency)
              : restockingFee(rules, line.category(), reason.code(), value, choice.quantity());
      items.add(
          new Quote.Item(
              line.lineNo(),
              line.sku(),
              choice.quantity(),
              reason.code(),
              choice.condition(),
              value,
              fee,
              exchange ? choice.exchangeSku() : null));
      itemsValue = itemsValue.plus(value);
      restocking = restocking.plus(fee);
    }
    boolean exchange = resolution == Resolution.EXCHANGE;
    // An exchanged item goes back to the hub in any case: the store sends its replacement.
    boolean keepItems = !exchange && (keepForReasons || underKeepItLimit(rules, itemsValue));
    Money shipping =
        keepItems || exchange || merchantFault || freeReturns(rules, order.value())
            ? Money.zero(currency)
            : shippingFee(rules, order.country(), choices, currency);
    // Fees never take more than the items are worth: the refund does not go below zero.
    shipping = shipping.min(itemsValue);
    restocking = restocking.min(itemsValue.minus(shipping));
    // An exchange is settled in goods: the replacement, not money.
    Money refund = exchange ? Money.zero(currency) : itemsValue.minus(shipping).minus(restocking);
    Money bonus =
        resolution == Resolution.STORE_CREDIT
            ? refund.percent(rules.storeCreditBonusPercent())
            : Money.zero(currency);
    Hub hub = keepItems ? null : hubFor(rules, order.country());
    reviewReasons(rules, order, returnsIn90Days, review);
    return new Quote(
        resolution,
        items,
        itemsValue,
        shipping,
        restocking,
        refund,
        bonus,
        keepItems,
        hub,
        hub != null && !hub.country().equals(order.country()),
        keepItems ? null : now.plus(Duration.ofDays(rules.shipWithinDays())),
        review);
  }

  private static Reason check(PolicyRules rules, ReturnChoice choice, Instant now) {
    LineFacts line = choice.line();
    Eligibility eligibility = EligibilityCheck.of(rules, line, now);
    if (!eligibility.eligible()) {
      throw new RejectedException(
          "line" + line.lineNo(), eligibility.why(), eligibility.arguments().toArray());
    }
    if (choice.quantity() < 1 || choice.quantity() > line.returnable()) {
      throw new RejectedException(
          "line" + line.lineNo(), "returnport.return.quantity", line.returnable());
    }
    Reason reason =
        rules
            .reason(choice.reason())
            .orElseThrow(
                () -> new RejectedException("line" + line.lineNo(), "returnport.return.reason"));
    var condition =
        rules
            .condition(choice.condition())
            .orElseThrow(
                () -> new RejectedException("line" + line.lineNo(), "returnport.return.condition"));
    if (!condition.accepted()) {
      throw new RejectedException(
          "line" + line.lineNo(), "returnport.return.conditionRefused", condition.label());
    }
    if (reason.photosRequired() && choice.photos() < 1) {
      throw new RejectedException("line" + line.lineNo(), "returnport.return.photosNeeded");
    }
    if (choice.photos() > MAX_PHOTOS) {
      throw new RejectedException("line" + line.lineNo(), "returnport.photo.tooMany", MAX_PHOTOS);
    }
    return reason;
  }

  private static Money restockingFee(
      PolicyRules rules, String category, String reason, Money value, int quantity) {
    return rules.restockingFees().stream()
        .filter(fee -> matches(fee.category(), category) && matches(fee.reason(), reason))
        .filter(
            fee -> fee.percent() != null || fee.fixedPerUnit().currency().equals(value.currency()))
        .max(
            Comparator.comparingInt(
                (RestockingFee fee) -> specificity(fee.category()) + specificity(fee.reason())))
        .map(
            fee ->
                fee.percent() != null
                    ? value.percent(fee.percent())
                    : fee.fixedPerUnit().times(quantity))
        .orElse(Money.zero(value.currency()))
        .min(value);
  }

  /** One parcel goes back: it costs the highest fee among its items' categories. */
  private static Money shippingFee(
      PolicyRules rules, String country, List<ReturnChoice> choices, String currency) {
    Money highest = Money.zero(currency);
    for (ReturnChoice choice : choices) {
      Optional<Money> fee =
          rules.shippingFees().stream()
              .filter(rule -> rule.fee().currency().equals(currency))
              .filter(rule -> Regions.fit(rule.area(), country) > 0)
              .filter(rule -> matches(rule.category(), choice.line().category()))
              .max(
                  Comparator.comparingInt(
                      (ShippingFee rule) ->
                          Regions.fit(rule.area(), country) * 2 + specificity(rule.category())))
              .map(ShippingFee::fee);
      if (fee.isPresent() && fee.get().isAbove(highest)) {
        highest = fee.get();
      }
    }
    return highest;
  }

  private static boolean freeReturns(PolicyRules rules, Money orderValue) {
    return inCurrency(rules.freeReturnsFrom(), orderValue.currency())
        .map(threshold -> !threshold.isAbove(orderValue))
        .orElse(false);
  }

  private static boolean underKeepItLimit(PolicyRules rules, Money value) {
    return inCurrency(rules.keepIt().under(), value.currency())
        .map(limit -> !value.isAbove(limit))
        .orElse(false);
  }

  /** The hub that serves the shopper's country most closely; the first hub when none does. */
  public static Hub hubFor(PolicyRules rules, String country) {
    Hub best = rules.hubs().get(0);
    int bestFit = 0;
    for (Hub hub : rules.hubs()) {
      int fit = hub.serves().stream().mapToInt(area -> Regions.fit(area, country)).max().orElse(0);
      if (fit > bestFit) {
        best = hub;
        bestFit = fit;
      }
    }
    return best;
  }

  private static void reviewReasons(
      PolicyRules rules, OrderFacts order, int returnsIn90Days, List<String> review) {
    var auto = rules.autoApproval();
    if (!auto.enabled()) {
      review.add(0, "returnport.review.manual");
      return;
    }
    if (inCurrency(auto.maxOrderValue(), order.value().currency())
        .map(limit -> order.value().isAbove(limit))
        .orElse(false)) {
      review.add("returnport.review.orderValue");
    }
    if (returnsIn90Days >= auto.maxReturnsIn90Days()) {
      review.add("returnport.review.frequent");
    }
  }

  private static Optional<Money> inCurrency(List<Money> amounts, String currency) {
    return amounts.stream().filter(amount -> amount.currency().equals(currency)).findFirst();
  }

  private static boolean matches(String ruleValue, String actual) {
    return Regions.EVERYWHERE.equals(ruleValue) || ruleValue.equalsIgnoreCase(actual);
  }

  private static int specificity(String ruleValue) {
    return Regions.EVERYWHERE.equals(ruleValue) ? 0 : 1;
  }

  /** Where the order went and what it was worth. */
  public record OrderFacts(String country, Money value) {}
}
