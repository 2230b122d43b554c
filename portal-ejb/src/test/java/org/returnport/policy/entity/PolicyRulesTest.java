package org.returnport.policy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules.Hub;

class PolicyRulesTest {

  static final Hub HUB = new Hub("eu", "EU", List.of("EU", "*"), "DE", "Leipzig", "DHL");
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
        broken("a bonus above 100%", r -> r.bonusPercent("100.5"), "storeCreditBonusPercent"));
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
}
