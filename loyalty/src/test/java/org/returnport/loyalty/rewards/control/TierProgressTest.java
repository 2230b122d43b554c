package org.returnport.loyalty.rewards.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;
import org.returnport.policy.entity.LocalizedText;

class TierProgressTest {

  /** Silver at 500 points, Gold at 2000 (the defaults). */
  private final ProgramRules rules = ProgramRules.DEFAULTS;

  @Test
  void aNewMemberIsOnTheWayToTheFirstTier() {
    TierProgress cut = TierProgress.of(rules, null, BigDecimal.valueOf(125));

    assertThat(cut.current()).isNull();
    assertThat(cut.next().code()).isEqualTo("silver");
    assertThat(cut.percent()).isEqualTo(25);
    assertThat(cut.remaining()).isEqualByComparingTo("375");
  }

  @Test
  void aSilverMemberMeasuresAgainstGoldFromZero() {
    TierProgress cut = TierProgress.of(rules, "silver", BigDecimal.valueOf(1500));

    assertThat(cut.current().code()).isEqualTo("silver");
    assertThat(cut.next().code()).isEqualTo("gold");
    assertThat(cut.percent()).as("1500 of 2000").isEqualTo(75);
    assertThat(cut.remaining()).isEqualByComparingTo("500");
  }

  @Test
  void oneShortOfTheThresholdIsNeverShownAsReached() {
    TierProgress cut = TierProgress.of(rules, "silver", BigDecimal.valueOf(1999));

    assertThat(cut.percent()).isEqualTo(99);
    assertThat(cut.remaining()).isEqualByComparingTo("1");
  }

  @Test
  void theTopTierIsAFullBarWithNothingNext() {
    TierProgress cut = TierProgress.of(rules, "gold", BigDecimal.valueOf(2600));

    assertThat(cut.next()).isNull();
    assertThat(cut.percent()).isEqualTo(100);
    assertThat(cut.atTop()).isTrue();
    assertThat(cut.remaining()).isEqualByComparingTo("0");
  }

  @Test
  void aTierHeldAboveTheStandingLooksToTheTierAboveIt() {
    TierProgress cut = TierProgress.of(rules, "silver", BigDecimal.valueOf(100));

    assertThat(cut.current().code()).isEqualTo("silver");
    assertThat(cut.next().code()).isEqualTo("gold");
    assertThat(cut.percent()).isEqualTo(5);
  }

  @Test
  void aGoldMemberWhoseStandingFellKeepsGoldAndAFullBar() {
    TierProgress cut = TierProgress.of(rules, "gold", BigDecimal.valueOf(300));

    assertThat(cut.atTop()).isTrue();
    assertThat(cut.percent()).isEqualTo(100);
  }

  @Test
  void aNegativeStandingCountsAsNothing() {
    TierProgress cut = TierProgress.of(rules, null, BigDecimal.valueOf(-40));

    assertThat(cut.standing()).isEqualByComparingTo("0");
    assertThat(cut.percent()).isZero();
    assertThat(cut.remaining()).isEqualByComparingTo("500");
  }

  @Test
  void aTierCodeNoLongerInTheRulesIsNoTier() {
    TierProgress cut = TierProgress.of(rules, "platinum", BigDecimal.valueOf(700));

    assertThat(cut.current()).isNull();
    assertThat(cut.next().code()).isEqualTo("gold");
    assertThat(cut.percent()).isEqualTo(35);
  }

  @Test
  void spendIsMeasuredInMoneyWithCents() {
    ProgramRules bySpend =
        new ProgramRules(
            null,
            null,
            null,
            null,
            null,
            ProgramRules.TierBasis.SPEND,
            List.of(
                new Tier("vip", new LocalizedText("VIP", "贵宾"), new BigDecimal("250.00"), null)),
            null);

    TierProgress cut = TierProgress.of(bySpend, null, new BigDecimal("187.45"));

    assertThat(cut.percent()).isEqualTo(74);
    assertThat(cut.remaining()).isEqualByComparingTo("62.55");
  }

  @Test
  void aProgramWithoutTiersShowsNoBar() {
    ProgramRules noTiers = new ProgramRules(null, null, null, null, null, null, List.of(), null);

    TierProgress cut = TierProgress.of(noTiers, null, BigDecimal.valueOf(900));

    assertThat(cut.current()).isNull();
    assertThat(cut.next()).isNull();
    assertThat(cut.atTop()).isFalse();
    assertThat(cut.percent()).isZero();
  }
}
