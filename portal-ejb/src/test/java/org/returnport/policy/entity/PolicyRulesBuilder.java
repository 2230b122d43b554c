package org.returnport.policy.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.returnport.money.Money;

/** A copy of a policy with some rules changed, for tests that vary one rule at a time. */
public final class PolicyRulesBuilder {

  private final PolicyRules from;
  private int windowDays;
  private List<PolicyRules.ItemRule> itemRules;
  private List<PolicyRules.Reason> reasons;
  private Set<Resolution> resolutions;
  private BigDecimal bonusPercent;
  private List<PolicyRules.ShippingFee> shippingFees;
  private List<PolicyRules.RestockingFee> restockingFees;
  private List<PolicyRules.Hub> hubs;
  private PolicyRules.Payouts payouts;
  private List<PolicyRules.TierBenefit> tierBenefits;

  private PolicyRulesBuilder(PolicyRules from) {
    this.from = from;
    this.windowDays = from.windowDays();
    this.itemRules = from.itemRules();
    this.reasons = from.reasons();
    this.resolutions = from.resolutions();
    this.bonusPercent = from.storeCreditBonusPercent();
    this.shippingFees = from.shippingFees();
    this.restockingFees = from.restockingFees();
    this.hubs = from.hubs();
    this.payouts = from.payouts();
    this.tierBenefits = from.tierBenefits();
  }

  public static PolicyRulesBuilder copy(PolicyRules from) {
    return new PolicyRulesBuilder(from);
  }

  public PolicyRulesBuilder windowDays(int days) {
    this.windowDays = days;
    return this;
  }

  public PolicyRulesBuilder itemRules(List<PolicyRules.ItemRule> rules) {
    this.itemRules = rules;
    return this;
  }

  public PolicyRulesBuilder reasons(List<PolicyRules.Reason> reasons) {
    this.reasons = reasons;
    return this;
  }

  public PolicyRulesBuilder resolutions(Set<Resolution> resolutions) {
    this.resolutions = resolutions;
    return this;
  }

  public PolicyRulesBuilder bonusPercent(String percent) {
    this.bonusPercent = new BigDecimal(percent);
    return this;
  }

  public PolicyRulesBuilder shippingFee(Money fee) {
    this.shippingFees = List.of(new PolicyRules.ShippingFee("*", "*", fee));
    return this;
  }

  /** One restocking fee for every category and reason, as a percentage. */
  public PolicyRulesBuilder restockingPercent(String percent) {
    this.restockingFees =
        List.of(new PolicyRules.RestockingFee("*", "*", new BigDecimal(percent), null));
    return this;
  }

  public PolicyRulesBuilder payouts(PolicyRules.Payouts payouts) {
    this.payouts = payouts;
    return this;
  }

  public PolicyRulesBuilder tierBenefits(PolicyRules.TierBenefit... benefits) {
    this.tierBenefits = List.of(benefits);
    return this;
  }

  public PolicyRulesBuilder hubs(List<PolicyRules.Hub> hubs) {
    this.hubs = hubs;
    return this;
  }

  public PolicyRules build() {
    return new PolicyRules(
        windowDays,
        from.shipWithinDays(),
        from.reviewWithinHours(),
        itemRules,
        from.conditions(),
        reasons,
        resolutions,
        bonusPercent,
        shippingFees,
        restockingFees,
        from.freeReturnsFrom(),
        from.keepIt(),
        from.autoApproval(),
        hubs,
        payouts,
        tierBenefits);
  }
}
