package org.returnport.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.PolicyRules.TierBenefit;

class PolicyFormTiersTest {

  static final Hub HUB = new Hub("eu", "EU", List.of("EU", "*"), "DE", "Leipzig", "dhl");

  @Test
  void tierBenefitsReadBackTheSameFromTheEditor() {
    PolicyRules base = SuggestedPolicy.rules("EUR", List.of(HUB));
    PolicyRules rules =
        new PolicyRules(
            base.windowDays(),
            base.shipWithinDays(),
            base.reviewWithinHours(),
            base.itemRules(),
            base.conditions(),
            base.reasons(),
            base.resolutions(),
            base.storeCreditBonusPercent(),
            base.shippingFees(),
            base.restockingFees(),
            base.freeReturnsFrom(),
            base.keepIt(),
            base.autoApproval(),
            base.hubs(),
            base.payouts(),
            List.of(
                new TierBenefit("gold", true, 15, true, new BigDecimal("12.5")),
                new TierBenefit("silver", false, 5, false, null)));

    PolicyForm cut = PolicyForm.of(rules);

    assertThat(cut.rows("TIER_BENEFITS")).hasSize(2);
    assertThat(cut.toRules().tierBenefits()).isEqualTo(rules.tierBenefits());
  }

  @Test
  void aTypedTierIsTakenInLowerCaseAndAWordForDaysIsRefused() {
    PolicyForm cut = PolicyForm.of(SuggestedPolicy.rules("EUR", List.of(HUB)));
    cut.addRow(PolicyForm.Table.TIER_BENEFITS);
    Map<String, Object> row = cut.rows("TIER_BENEFITS").get(0);
    row.put("tier", " Gold ");
    row.put("freeReturnShipping", "true");

    assertThat(cut.toRules().tierBenefits())
        .containsExactly(new TierBenefit("gold", true, 0, false, null));

    row.put("extraWindowDays", "fifteen");
    assertThatThrownBy(cut::toRules)
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo("tierBenefits"));
  }
}
