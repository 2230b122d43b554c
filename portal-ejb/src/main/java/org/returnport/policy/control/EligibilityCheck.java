package org.returnport.policy.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.ItemRule;

/**
 * Decides whether an order line can be returned now under a policy. A rule for the SKU beats a rule
 * for its category, which beats the store's window; the catalog's final-sale mark always holds.
 */
public final class EligibilityCheck {

  private EligibilityCheck() {}

  public static Eligibility of(PolicyRules rules, LineFacts line, Instant now) {
    if (line.finalSale()) {
      return Eligibility.refused("returnport.eligibility.finalSale");
    }
    Optional<ItemRule> rule = ruleFor(rules, line);
    if (rule.isPresent()) {
      switch (rule.get().treatment()) {
        case FINAL_SALE -> {
          return Eligibility.refused("returnport.eligibility.finalSale");
        }
        case NON_RETURNABLE -> {
          return Eligibility.refused("returnport.eligibility.nonReturnable");
        }
        case WINDOW -> {
          // handled below with the rule's own number of days
        }
      }
    }
    if (line.arrivedAt() == null) {
      return Eligibility.refused("returnport.eligibility.notShipped");
    }
    if (line.returnable() <= 0) {
      return Eligibility.refused("returnport.eligibility.alreadyReturned");
    }
    int days = rule.map(ItemRule::windowDays).orElse(rules.windowDays());
    Instant windowEnds = line.arrivedAt().plus(Duration.ofDays(days));
    if (now.isAfter(windowEnds)) {
      return Eligibility.refused("returnport.eligibility.windowClosed", windowEnds, days);
    }
    return Eligibility.until(windowEnds);
  }

  private static Optional<ItemRule> ruleFor(PolicyRules rules, LineFacts line) {
    return rules.itemRules().stream()
        .filter(
            rule ->
                rule.category()
                    ? rule.key().equalsIgnoreCase(line.category())
                    : rule.key().equals(line.sku()))
        .min(Comparator.comparing(ItemRule::category));
  }
}
