package org.returnport.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;

class ProgramFormTest {

  @Test
  void theRulesComeBackAsTheyWereShown() {
    assertThat(ProgramForm.of(ProgramRules.DEFAULTS).toRules()).isEqualTo(ProgramRules.DEFAULTS);
  }

  @Test
  void aTierAddedAndFilledInTakesItsPlaceByThreshold() {
    ProgramForm cut = ProgramForm.of(ProgramRules.DEFAULTS);
    cut.addTier();
    ProgramForm.TierRow row = cut.getTiers().get(2);
    row.setCode("bronze");
    row.setNameEn(" Bronze ");
    row.setNameZh("青铜");
    row.setThreshold(new BigDecimal("100"));
    row.setPerksEn("Early access to sales");
    ProgramRules rules = cut.toRules().checked();
    assertThat(rules.tiers()).extracting(Tier::code).containsExactly("bronze", "silver", "gold");
    Tier bronze = rules.tiers().get(0);
    assertThat(bronze.name().en()).isEqualTo("Bronze");
    assertThat(bronze.perks().en()).isEqualTo("Early access to sales");
    assertThat(bronze.perks().zh()).isNull();
  }

  @Test
  void anEmptyNewTierIsRefusedWhenPublished() {
    ProgramForm cut = ProgramForm.of(ProgramRules.DEFAULTS);
    cut.addTier();
    assertThatThrownBy(() -> cut.toRules().checked())
        .isInstanceOfSatisfying(
            RejectedException.class, e -> assertThat(e.field()).isEqualTo("tiers"));
  }

  @Test
  void chineseWithoutEnglishIsRefusedNamingTheField() {
    ProgramForm cut = ProgramForm.of(ProgramRules.DEFAULTS);
    cut.setPointsNameEn(" ");
    cut.setPointsNameZh("积分");
    assertThatThrownBy(cut::toRules)
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.field()).isEqualTo("pointsName");
              assertThat(e.messageKey()).isEqualTo("returnport.loyalty.rules.pointsName");
            });
    ProgramForm perks = ProgramForm.of(ProgramRules.DEFAULTS);
    perks.getTiers().get(1).setPerksZh("免费退货");
    assertThatThrownBy(perks::toRules)
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.loyalty.rules.perks"));
  }

  @Test
  void removingATierAndSwitchingExpiryOffKeepNothingOfThem() {
    ProgramForm cut = ProgramForm.of(ProgramRules.DEFAULTS);
    cut.removeTier(0);
    cut.removeTier(5);
    cut.setExpiryMode(ExpiryMode.NONE);
    ProgramRules rules = cut.toRules().checked();
    assertThat(rules.tiers()).extracting(Tier::code).containsExactly("gold");
    assertThat(rules.expiry().months()).isZero();
  }
}
