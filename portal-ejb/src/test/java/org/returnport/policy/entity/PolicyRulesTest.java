package org.returnport.policy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.catalog.entity.Money;
import org.returnport.platform.entity.RejectedException;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules.Hub;

class PolicyRulesTest {

  static final Hub HUB = new Hub("eu", "EU", List.of("EU", "*"), "DE", "Leipzig", "DHL");

  @Test
  void aVersionReadsBackExactlyAsItWasWritten() {
    PolicyRules rules = SuggestedPolicy.rules("EUR", List.of(HUB)).checked();
    PolicyRulesConverter cut = new PolicyRulesConverter();

    assertThat(cut.convertToEntityAttribute(cut.convertToDatabaseColumn(rules))).isEqualTo(rules);
  }

  static Stream<Arguments> brokenPolicies() {
    return Stream.of(
        broken("a window of a year and a day", r -> window(r, 366), "windowDays"),
        broken("no reasons", r -> reasons(r, List.of()), "reasons"),
        broken(
            "two reasons with one code",
            r -> reasons(r, List.of(r.reasons().get(0), r.reasons().get(0))),
            "reasons"),
        broken("no hub", r -> hubs(r, List.of()), "hubs"),
        broken(
            "a hub serving a place that does not exist",
            r -> hubs(r, List.of(new Hub("x", "X", List.of("XX"), "DE", "a", "b"))),
            "hubs"),
        broken("a bonus above 100%", r -> bonus(r, "100.5"), "storeCreditBonusPercent"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPolicies")
  void refusesAPolicyThatCannotBeApplied(
      String why, UnaryOperator<PolicyRules> change, String field) {
    PolicyRules rules = change.apply(SuggestedPolicy.rules("EUR", List.of(HUB)));

    assertThatThrownBy(rules::checked)
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void aNegativeFeeIsRefused() {
    PolicyRules rules = SuggestedPolicy.rules("EUR", List.of(HUB));
    PolicyRules negative =
        new PolicyRules(
            rules.windowDays(),
            rules.shipWithinDays(),
            rules.reviewWithinHours(),
            rules.itemRules(),
            rules.conditions(),
            rules.reasons(),
            rules.resolutions(),
            rules.storeCreditBonusPercent(),
            List.of(new PolicyRules.ShippingFee("*", "*", Money.of("-1", "EUR"))),
            rules.restockingFees(),
            rules.freeReturnsFrom(),
            rules.keepIt(),
            rules.autoApproval(),
            rules.hubs());

    assertThatThrownBy(negative::checked)
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo("shippingFees"));
  }

  private static Arguments broken(String why, UnaryOperator<PolicyRules> change, String field) {
    return Arguments.of(why, change, field);
  }

  private static PolicyRules window(PolicyRules r, int days) {
    return new PolicyRules(
        days,
        r.shipWithinDays(),
        r.reviewWithinHours(),
        r.itemRules(),
        r.conditions(),
        r.reasons(),
        r.resolutions(),
        r.storeCreditBonusPercent(),
        r.shippingFees(),
        r.restockingFees(),
        r.freeReturnsFrom(),
        r.keepIt(),
        r.autoApproval(),
        r.hubs());
  }

  private static PolicyRules reasons(PolicyRules r, List<PolicyRules.Reason> reasons) {
    return new PolicyRules(
        r.windowDays(),
        r.shipWithinDays(),
        r.reviewWithinHours(),
        r.itemRules(),
        r.conditions(),
        reasons,
        r.resolutions(),
        r.storeCreditBonusPercent(),
        r.shippingFees(),
        r.restockingFees(),
        r.freeReturnsFrom(),
        r.keepIt(),
        r.autoApproval(),
        r.hubs());
  }

  private static PolicyRules hubs(PolicyRules r, List<Hub> hubs) {
    return new PolicyRules(
        r.windowDays(),
        r.shipWithinDays(),
        r.reviewWithinHours(),
        r.itemRules(),
        r.conditions(),
        r.reasons(),
        r.resolutions(),
        r.storeCreditBonusPercent(),
        r.shippingFees(),
        r.restockingFees(),
        r.freeReturnsFrom(),
        r.keepIt(),
        r.autoApproval(),
        hubs);
  }

  private static PolicyRules bonus(PolicyRules r, String percent) {
    return new PolicyRules(
        r.windowDays(),
        r.shipWithinDays(),
        r.reviewWithinHours(),
        r.itemRules(),
        r.conditions(),
        r.reasons(),
        Set.copyOf(r.resolutions()),
        new BigDecimal(percent),
        r.shippingFees(),
        r.restockingFees(),
        r.freeReturnsFrom(),
        r.keepIt(),
        r.autoApproval(),
        r.hubs());
  }
}
