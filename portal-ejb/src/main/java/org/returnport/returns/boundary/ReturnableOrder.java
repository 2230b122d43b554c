package org.returnport.returns.boundary;

import java.util.List;
import org.returnport.catalog.entity.ProductData;
import org.returnport.money.Money;
import org.returnport.policy.control.Eligibility;
import org.returnport.policy.control.LineFacts;
import org.returnport.policy.control.ShopperTiers.ShopperTier;
import org.returnport.policy.entity.PolicyRules;

/**
 * An order as the shopper's return page shows it, with the policy version that applies and its
 * rules as they hold for the shopper's loyalty tier ({@code tier} null: none), whose benefits are
 * {@code tierPerks}.
 */
public record ReturnableOrder(
    String number,
    String shopperName,
    String country,
    String currency,
    int policyVersion,
    PolicyRules rules,
    List<Line> lines,
    ShopperTier tier,
    List<PolicyRules.TierPerk> tierPerks) {

  public ReturnableOrder {
    lines = List.copyOf(lines);
    tierPerks = tierPerks == null ? List.of() : List.copyOf(tierPerks);
  }

  /**
   * One order line: what it is, the other variants of its product (for an exchange), what one unit
   * was paid at, and whether it can go back.
   */
  public record Line(
      LineFacts facts,
      String name,
      ProductData product,
      List<ProductData> variants,
      Eligibility eligibility) {

    public Money paidPerUnit() {
      return facts.paid().share(1, facts.ordered());
    }
  }
}
