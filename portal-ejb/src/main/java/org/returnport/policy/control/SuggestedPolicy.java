package org.returnport.policy.control;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.returnport.money.Money;
import org.returnport.policy.entity.LocalizedText;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.AutoApproval;
import org.returnport.policy.entity.PolicyRules.Condition;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.PolicyRules.KeepIt;
import org.returnport.policy.entity.PolicyRules.Payouts;
import org.returnport.policy.entity.PolicyRules.Reason;
import org.returnport.policy.entity.PolicyRules.ShippingFee;
import org.returnport.policy.entity.Regions;
import org.returnport.policy.entity.Resolution;

/**
 * The policy a new store starts editing from: what most cross-border fashion and lifestyle stores
 * offer (30 days, free returns for the store's mistakes, a bonus for store credit, small items
 * kept, most returns approved at once). The merchant fills in its own hubs.
 */
public final class SuggestedPolicy {

  private SuggestedPolicy() {}

  public static PolicyRules rules(String currency, List<Hub> hubs) {
    return new PolicyRules(
        30,
        14,
        48,
        List.of(),
        List.of(
            new Condition("unused", new LocalizedText("Unused, with tags", "未使用，吊牌完好"), true),
            new Condition("opened", new LocalizedText("Tried on or opened", "试穿过或已拆封"), true),
            new Condition("used", new LocalizedText("Worn or used", "已穿着或使用过"), false)),
        List.of(
            new Reason("too-small", new LocalizedText("Too small", "尺码偏小"), false, false),
            new Reason("too-large", new LocalizedText("Too large", "尺码偏大"), false, false),
            new Reason("changed-mind", new LocalizedText("Changed my mind", "不想要了"), false, false),
            new Reason(
                "not-as-described", new LocalizedText("Not as described", "与描述不符"), true, true),
            new Reason("damaged", new LocalizedText("Arrived damaged", "收到时已损坏"), true, true),
            new Reason("wrong-item", new LocalizedText("Wrong item sent", "发错商品"), false, true)),
        EnumSet.allOf(Resolution.class),
        BigDecimal.TEN,
        List.of(
            new ShippingFee(Regions.EVERYWHERE, Regions.EVERYWHERE, Money.of("5.95", currency))),
        List.of(),
        List.of(Money.of("150", currency)),
        new KeepIt(List.of(Money.of("10", currency)), Set.of()),
        new AutoApproval(true, List.of(Money.of("500", currency)), 3),
        hubs,
        Payouts.DEFAULT);
  }
}
