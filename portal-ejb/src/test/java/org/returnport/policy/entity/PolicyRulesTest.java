package org.returnport.policy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules.Hub;
import org.returnport.policy.entity.PolicyRules.ItemRule;
import org.returnport.policy.entity.PolicyRules.Payouts;
import org.returnport.policy.entity.PolicyRules.Perk;
import org.returnport.policy.entity.PolicyRules.RefundTiming;
import org.returnport.policy.entity.PolicyRules.TierBenefit;
import org.returnport.policy.entity.PolicyRules.TierPerk;
import org.returnport.policy.entity.PolicyRules.Treatment;

class PolicyRulesTest {

  static final Hub HUB = new Hub("eu", "EU", List.of("EU", "*"), "DE", "Leipzig", "DHL");
  static final TierBenefit GOLD = new TierBenefit("gold", true, 15, true, new BigDecimal("15"));
  static final PolicyRules.Reason REASON =
      new PolicyRules.Reason("too-small", new LocalizedText("Too small", null), false, false);

  @Test
  void aVersionReadsBackExactlyAsItWasWritten() {
    PolicyRules rules = SuggestedPolicy.rules("EUR", List.of(HUB)).checked();
    PolicyRulesConverter cut = new PolicyRulesConverter();

    assertThat(cut.convertToEntityAttribute(cut.convertToDatabaseColumn(rules))).isEqualTo(rules);
  }

  static Stream<Arguments> brokenPolicies() {
    return Stream.of(
        broken("a window of a year and a day", r -> r.windowDays(366), "windowDays"),
        broken("no reasons", r -> r.reasons(List.of()), "reasons"),
        broken("two reasons with one code", r -> r.reasons(List.of(REASON, REASON)), "reasons"),
        broken("no hub", r -> r.hubs(List.of()), "hubs"),
        broken(
            "a hub serving a place that does not exist",
            r -> r.hubs(List.of(new Hub("x", "X", List.of("XX"), "DE", "a", "b"))),
            "hubs"),
        broken("a bonus above 100%", r -> r.bonusPercent("100.5"), "storeCreditBonusPercent"),
        broken(
            "a tier code with capitals",
            r -> r.tierBenefits(new TierBenefit("Gold", true, 0, false, null)),
            "tierBenefits"),
        broken(
            "a tier without its code",
            r -> r.tierBenefits(new TierBenefit(null, true, 0, false, null)),
            "tierBenefits"),
        broken(
            "one tier twice",
            r -> r.tierBenefits(GOLD, new TierBenefit("gold", false, 5, false, null)),
            "tierBenefits"),
        broken(
            "a tier with a year and a day more",
            r -> r.tierBenefits(new TierBenefit("gold", false, 366, false, null)),
            "tierBenefits"),
        broken(
            "a tier with fewer days",
            r -> r.tierBenefits(new TierBenefit("gold", false, -1, false, null)),
            "tierBenefits"),
        broken(
            "a tier's bonus above 100%",
            r -> r.tierBenefits(new TierBenefit("gold", false, 0, false, new BigDecimal("101"))),
            "tierBenefits"),
        broken(
            "a tier's negative bonus",
            r -> r.tierBenefits(new TierBenefit("gold", false, 0, false, new BigDecimal("-1"))),
            "tierBenefits"),
        broken(
            "a tier granted nothing",
            r -> r.tierBenefits(new TierBenefit("gold", false, 0, false, null)),
            "tierBenefits"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPolicies")
  void refusesAPolicyThatCannotBeApplied(
      String why, UnaryOperator<PolicyRulesBuilder> change, String field) {
    PolicyRules rules =
        change.apply(PolicyRulesBuilder.copy(SuggestedPolicy.rules("EUR", List.of(HUB)))).build();

    assertThatThrownBy(rules::checked)
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void aNegativeFeeIsRefused() {
    PolicyRules negative =
        PolicyRulesBuilder.copy(SuggestedPolicy.rules("EUR", List.of(HUB)))
            .shippingFee(Money.of("-1", "EUR"))
            .build();

    assertThatThrownBy(negative::checked)
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo("shippingFees"));
  }

  private static Arguments broken(
      String why, UnaryOperator<PolicyRulesBuilder> change, String field) {
    return Arguments.of(why, change, field);
  }

  @Test
  void aPolicyWithTierBenefitsReadsBackAsWritten() {
    PolicyRules rules =
        PolicyRulesBuilder.copy(SuggestedPolicy.rules("EUR", List.of(HUB)))
            .tierBenefits(GOLD, new TierBenefit("silver", false, 5, false, null))
            .build()
            .checked();
    PolicyRulesConverter cut = new PolicyRulesConverter();

    assertThat(cut.convertToEntityAttribute(cut.convertToDatabaseColumn(rules))).isEqualTo(rules);
  }

  @Test
  void aVersionWrittenBeforeTiersReadsBackWithNone() {
    PolicyRules rules = SuggestedPolicy.rules("EUR", List.of(HUB)).checked();
    PolicyRulesConverter cut = new PolicyRulesConverter();
    String json = cut.convertToDatabaseColumn(rules);
    String older = json.replace(",\"tierBenefits\":[]", "").replace("\"tierBenefits\":[],", "");

    assertThat(older).doesNotContain("tierBenefits");
    PolicyRules read = cut.convertToEntityAttribute(older);
    assertThat(read.tierBenefits()).isEmpty();
    assertThat(read).isEqualTo(rules);
    assertThat(read.forTier("gold")).isEqualTo(rules);
  }

  @Test
  void aTiersRulesDropShippingFeesAndLengthenEveryWindowButFinalSale() {
    PolicyRules rules =
        PolicyRulesBuilder.copy(SuggestedPolicy.rules("EUR", List.of(HUB)))
            .itemRules(
                List.of(
                    new ItemRule(true, "outerwear", Treatment.WINDOW, 60),
                    new ItemRule(true, "accessories", Treatment.FINAL_SALE, null)))
            .tierBenefits(GOLD)
            .build();

    PolicyRules gold = rules.forTier("gold");

    assertThat(gold.shippingFees()).isEmpty();
    assertThat(gold.windowDays()).isEqualTo(45);
    assertThat(gold.itemRules())
        .containsExactly(
            new ItemRule(true, "outerwear", Treatment.WINDOW, 75),
            new ItemRule(true, "accessories", Treatment.FINAL_SALE, null));
    assertThat(gold.storeCreditBonusPercent()).isEqualByComparingTo("15");
    assertThat(gold.payouts().refundAt()).isEqualTo(RefundTiming.FIRST_SCAN);
    assertThat(gold.restockingFees()).isEqualTo(rules.restockingFees());
    assertThat(gold.freeReturnsFrom()).isEqualTo(rules.freeReturnsFrom());
    assertThat(gold.forTier("gold")).as("applying it again changes nothing").isEqualTo(gold);
    assertThat(rules.forTier(null).shippingFees()).isEqualTo(rules.shippingFees());
    assertThat(rules.forTier("silver").windowDays()).isEqualTo(30);
  }

  /** A tier's refund at the first scan brings a later moment forward, never an earlier one back. */
  @ParameterizedTest(name = "policy pays at {0}, tier asks first scan: {1}, pays at {2}")
  @CsvSource({
    "APPROVAL,   true,  APPROVAL",
    "FIRST_SCAN, true,  FIRST_SCAN",
    "RECEIPT,    true,  FIRST_SCAN",
    "INSPECTION, true,  FIRST_SCAN",
    "INSPECTION, false, INSPECTION",
  })
  void refundAtFirstScanOnlyEverComesSooner(
      RefundTiming policy, boolean firstScan, RefundTiming expected) {
    PolicyRules rules =
        PolicyRulesBuilder.copy(SuggestedPolicy.rules("EUR", List.of(HUB)))
            .payouts(new Payouts(policy, true, false))
            .tierBenefits(new TierBenefit("gold", true, 0, firstScan, null))
            .build();

    Payouts gold = rules.forTier("gold").payouts();

    assertThat(gold.refundAt()).isEqualTo(expected);
    assertThat(gold.instantExchange()).isTrue();
    assertThat(gold.refundDuties()).isFalse();
    List<Perk> perks = rules.tierPerks("gold").stream().map(TierPerk::perk).toList();
    assertThat(perks).contains(Perk.FREE_RETURN_SHIPPING);
    assertThat(perks.contains(Perk.REFUND_AT_FIRST_SCAN))
        .as("names the first scan only when it comes sooner")
        .isEqualTo(expected != policy);
  }

  @Test
  void aTiersPerksNameOnlyWhatBeatsThePolicy() {
    PolicyRules rules =
        PolicyRulesBuilder.copy(SuggestedPolicy.rules("EUR", List.of(HUB)))
            .tierBenefits(
                GOLD,
                new TierBenefit("silver", false, 5, false, new BigDecimal("8")),
                new TierBenefit("bronze", false, 0, false, new BigDecimal("12.50")))
            .build();

    assertThat(rules.tierPerks("gold"))
        .containsExactly(
            new TierPerk(Perk.FREE_RETURN_SHIPPING, null),
            new TierPerk(Perk.LONGER_WINDOW, BigDecimal.valueOf(15)),
            new TierPerk(Perk.REFUND_AT_FIRST_SCAN, null),
            new TierPerk(Perk.STORE_CREDIT_BONUS, new BigDecimal("15")));
    assertThat(rules.tierPerks("silver"))
        .containsExactly(new TierPerk(Perk.LONGER_WINDOW, BigDecimal.valueOf(5)));
    assertThat(rules.tierPerks("bronze"))
        .containsExactly(new TierPerk(Perk.STORE_CREDIT_BONUS, new BigDecimal("12.5")));
    assertThat(rules.tierPerks("platinum")).isEmpty();
    assertThat(rules.tierPerks(null)).isEmpty();
  }
}
