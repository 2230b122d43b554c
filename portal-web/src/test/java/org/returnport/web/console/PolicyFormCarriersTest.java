package org.returnport.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.PolicyRules.CarrierRoute;
import org.returnport.policy.entity.PolicyRules.Hub;

class PolicyFormCarriersTest {

  @Test
  void carriersByCountryAreTypedAsPairsAndReadBackTheSame() {
    Hub hub =
        new Hub(
            "eu",
            "EU",
            List.of("EU", "*"),
            "DE",
            "Leipzig",
            "dhl",
            List.of(new CarrierRoute("FR", "sandbox"), new CarrierRoute("GB", "royal-mail")));
    PolicyRules rules = SuggestedPolicy.rules("EUR", List.of(hub));

    PolicyForm cut = PolicyForm.of(rules);

    assertThat(cut.toRules().hubs()).containsExactly(hub);
    assertThat(PolicyForm.carrierRoutes(" fr : sandbox;\nGB:royal-mail ,"))
        .containsExactly(new CarrierRoute("FR", "sandbox"), new CarrierRoute("GB", "royal-mail"));
    assertThat(PolicyForm.carrierRoutes(null)).isEmpty();
  }

  @Test
  void aPairWithoutItsColonIsRefusedNamingIt() {
    assertThatThrownBy(() -> PolicyForm.carrierRoutes("FR sandbox"))
        .isInstanceOf(RejectedException.class)
        .satisfies(
            e -> assertThat(((RejectedException) e).arguments()).containsExactly("FR sandbox"));
  }
}
