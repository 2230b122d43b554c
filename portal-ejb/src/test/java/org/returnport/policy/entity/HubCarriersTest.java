package org.returnport.policy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.policy.control.SuggestedPolicy;
import org.returnport.policy.entity.PolicyRules.CarrierRoute;
import org.returnport.policy.entity.PolicyRules.Hub;

class HubCarriersTest {

  static final Hub HUB =
      new Hub(
          "eu",
          "EU",
          List.of("EU", "*"),
          "DE",
          "Leipzig",
          "dhl",
          List.of(new CarrierRoute("EU", "sandbox"), new CarrierRoute("FR", "colissimo")));

  @Test
  void theClosestAreaChoosesTheCarrierAndOtherCountriesGetTheHubsOwn() {
    assertThat(HUB.carrierFor("FR")).isEqualTo("colissimo");
    assertThat(HUB.carrierFor("IT")).isEqualTo("sandbox");
    assertThat(HUB.carrierFor("US")).isEqualTo("dhl");
    assertThat(HUB.carrierFor(null)).isEqualTo("dhl");
  }

  @Test
  void aPolicyWrittenBeforeCarriersByCountryReadsBackWithNone() {
    String saved =
        new PolicyRulesConverter()
            .convertToDatabaseColumn(SuggestedPolicy.rules("EUR", List.of(HUB)))
            .replaceAll(",?\"carriers\":\\[[^\\]]*\\]", "");
    assertThat(saved).doesNotContain("carriers").contains("\"carrier\":\"dhl\"");

    Hub read = new PolicyRulesConverter().convertToEntityAttribute(saved).hubs().get(0);

    assertThat(read.carriers()).isEmpty();
    assertThat(read.carrierFor("FR")).isEqualTo("dhl");
  }

  @Test
  void carriersByCountryReadBackAsWritten() {
    PolicyRules rules = SuggestedPolicy.rules("EUR", List.of(HUB)).checked();
    PolicyRulesConverter cut = new PolicyRulesConverter();

    assertThat(cut.convertToEntityAttribute(cut.convertToDatabaseColumn(rules))).isEqualTo(rules);
  }

  @Test
  void aRouteForAPlaceThatDoesNotExistOrWithoutACarrierIsRefused() {
    Hub unknownArea =
        new Hub(
            "eu", "EU", List.of("*"), "DE", "a", "dhl", List.of(new CarrierRoute("XX", "sandbox")));
    Hub noCarrier =
        new Hub("eu", "EU", List.of("*"), "DE", "a", "dhl", List.of(new CarrierRoute("FR", " ")));

    assertThatThrownBy(() -> SuggestedPolicy.rules("EUR", List.of(unknownArea)).checked())
        .isInstanceOf(RejectedException.class);
    assertThatThrownBy(() -> SuggestedPolicy.rules("EUR", List.of(noCarrier)).checked())
        .isInstanceOf(RejectedException.class);
  }
}
