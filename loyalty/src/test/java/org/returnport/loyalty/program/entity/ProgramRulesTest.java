package org.returnport.loyalty.program.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.returnport.errors.RejectedException;
import org.returnport.loyalty.program.entity.ProgramRules.Earning;
import org.returnport.loyalty.program.entity.ProgramRules.Expiry;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;
import org.returnport.loyalty.program.entity.ProgramRules.Redemption;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;
import org.returnport.loyalty.program.entity.ProgramRules.TierBasis;
import org.returnport.policy.entity.LocalizedText;

class ProgramRulesTest {

  private static final ProgramRules D = ProgramRules.DEFAULTS;

  @Test
  void theDefaultsPassTheirOwnCheck() {
    assertThat(D.checked()).isSameAs(D);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused("pointsName", "pointsName", r -> with(r, name("x".repeat(33)))),
        refused("join", "points", r -> earning(r, new Earning(-1, 100, 100, 100, 50, 5, 20))),
        refused("review", "points", r -> earning(r, new Earning(0, 1_000_001, 0, 0, 0, 0, 0))),
        refused("reviewWithPhotos", "points", r -> earning(r, new Earning(0, 0, -5, 0, 0, 0, 0))),
        refused(
            "verifiedReturnBonus", "points", r -> earning(r, new Earning(0, 0, 0, -1, 0, 0, 0))),
        refused("firstReviewBonus", "points", r -> earning(r, new Earning(0, 0, 0, 0, -1, 0, 0))),
        refused("helpfulVote", "points", r -> earning(r, new Earning(0, 0, 0, 0, 0, -1, 0))),
        refused(
            "helpfulVotesPerMonth",
            "helpfulCap",
            r -> earning(r, new Earning(0, 0, 0, 0, 0, 5, -1))),
        refused("holdDays", "holdDays", r -> hold(r, -1)),
        refused("holdDays", "holdDays", r -> hold(r, 366)),
        refused("dailyCap", "dailyCap", r -> cap(r, 0)),
        refused("pointValue", "pointValue", r -> value(r, "0", 500, 100)),
        refused("pointValue", "pointValue", r -> value(r, "-0.01", 500, 100)),
        refused("pointValue", "pointValue", r -> value(r, "0.00001", 500, 100)),
        refused("pointValue", "pointValue", r -> value(r, "1000.01", 500, 100)),
        refused("stepPoints", "step", r -> value(r, "0.01", 500, 0)),
        refused("minimumPoints", "minimum", r -> value(r, "0.01", 50, 100)),
        refused("minimumPoints", "minimum", r -> value(r, "0.01", 550, 100)),
        refused("tiers", "tierCode", r -> tiers(r, tier("Gold", "Gold", "100"))),
        refused(
            "tiers", "tierCode", r -> tiers(r, tier("gold", "A", "100"), tier("gold", "B", "200"))),
        refused("tiers", "tierName", r -> tiers(r, new Tier("gold", null, BigDecimal.TEN, null))),
        refused("tiers", "tierName", r -> tiers(r, tier("gold", "G".repeat(65), "100"))),
        refused(
            "tiers",
            "perks",
            r -> tiers(r, new Tier("gold", name("Gold"), BigDecimal.TEN, name("p".repeat(501))))),
        refused("tiers", "tierThreshold", r -> tiers(r, tier("gold", "Gold", "0"))),
        refused(
            "tiers", "tierThreshold", r -> tiers(r, new Tier("gold", name("Gold"), null, null))),
        refused("tiers", "tierThreshold", r -> tiers(r, tier("gold", "Gold", "10.5"))),
        refused("tiers", "tierThreshold", r -> tiers(r, tier("gold", "Gold", "1000000001"))),
        refused(
            "tiers",
            "tierThreshold",
            r -> tiers(r, tier("silver", "S", "100"), tier("gold", "G", "100"))),
        refused("tiers", "tierCount", r -> tiers(r, eleven())),
        refused("expiryMonths", "expiryMonths", r -> expiry(r, ExpiryMode.INACTIVITY, 0)),
        refused("expiryMonths", "expiryMonths", r -> expiry(r, ExpiryMode.ROLLING, 121)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusals")
  void badRulesAreRefusedNamingTheField(
      String field, String key, UnaryOperator<ProgramRules> change) {
    ProgramRules rules = change.apply(D);
    assertThatThrownBy(rules::checked)
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.messageKey()).isEqualTo("returnport.loyalty.rules." + key);
            });
  }

  @Test
  void whatTheRefusalsDrawTheLineAtIsAccepted() {
    assertThat(earning(D, new Earning(0, 1_000_000, 0, 0, 0, 0, 0)).checked()).isNotNull();
    assertThat(hold(D, 0).checked().holdDays()).isZero();
    assertThat(hold(D, 365).checked().holdDays()).isEqualTo(365);
    assertThat(value(D, "0.0001", 100, 100).checked()).isNotNull();
    assertThat(value(D, "0.010000", 1000, 250).checked()).isNotNull();
    assertThat(expiry(D, ExpiryMode.NONE, 0).checked()).isNotNull();
    assertThat(expiry(D, ExpiryMode.ROLLING, 120).checked()).isNotNull();
    assertThat(tiers(D, List.of()).checked().tiers()).isEmpty();
    ProgramRules spend =
        new ProgramRules(
            D.pointsName(),
            D.earning(),
            D.holdDays(),
            D.dailyCap(),
            D.redemption(),
            TierBasis.SPEND,
            List.of(tier("vip", "VIP", "249.99")),
            D.expiry());
    assertThat(spend.checked().tiers()).hasSize(1);
  }

  @Test
  void tiersAreKeptFromTheLowestThresholdUp() {
    ProgramRules rules =
        tiers(
            D,
            tier("gold", "Gold", "2000"),
            tier("bronze", "Bronze", "100"),
            tier("silver", "Silver", "500"));
    assertThat(rules.tiers()).extracting(Tier::code).containsExactly("bronze", "silver", "gold");
  }

  @ParameterizedTest(name = "{0} points: {1}, next {2}")
  @CsvSource({
    "0, , silver",
    "499, , silver",
    "500, silver, gold",
    "1999, silver, gold",
    "2000, gold, ",
    "1000000, gold, ",
  })
  void aMemberIsInTheHighestTierTheirStandingReaches(String standing, String tier, String next) {
    BigDecimal points = new BigDecimal(standing);
    assertThat(D.tierFor(points).map(Tier::code).orElse(null)).isEqualTo(tier);
    assertThat(D.nextTier(points).map(Tier::code).orElse(null)).isEqualTo(next);
  }

  @ParameterizedTest(name = "spent {0}: {1}")
  @CsvSource({"249.98, ", "249.99, vip", "250, vip", "999.99, vip", "1000.00, elite"})
  void spendIsComparedToTheCent(String spent, String tier) {
    ProgramRules rules = tiers(D, tier("vip", "VIP", "249.99"), tier("elite", "Elite", "1000"));
    assertThat(rules.tierFor(new BigDecimal(spent)).map(Tier::code).orElse(null)).isEqualTo(tier);
  }

  @Test
  void aTierIsFoundByItsCode() {
    assertThat(D.tier("gold").map(t -> t.name().en())).contains("Gold");
    assertThat(D.tier("platinum")).isEmpty();
  }

  private static Arguments refused(String field, String key, UnaryOperator<ProgramRules> change) {
    return Arguments.of(field, key, change);
  }

  private static LocalizedText name(String en) {
    return new LocalizedText(en, null);
  }

  private static Tier tier(String code, String name, String threshold) {
    return new Tier(code, name(name), new BigDecimal(threshold), null);
  }

  private static List<Tier> eleven() {
    List<Tier> tiers = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      tiers.add(tier("t" + i, "T" + i, String.valueOf(i * 100)));
    }
    return tiers;
  }

  private static ProgramRules with(ProgramRules r, LocalizedText pointsName) {
    return new ProgramRules(
        pointsName,
        r.earning(),
        r.holdDays(),
        r.dailyCap(),
        r.redemption(),
        r.tierBasis(),
        r.tiers(),
        r.expiry());
  }

  private static ProgramRules earning(ProgramRules r, Earning earning) {
    return new ProgramRules(
        r.pointsName(),
        earning,
        r.holdDays(),
        r.dailyCap(),
        r.redemption(),
        r.tierBasis(),
        r.tiers(),
        r.expiry());
  }

  private static ProgramRules hold(ProgramRules r, int days) {
    return new ProgramRules(
        r.pointsName(),
        r.earning(),
        days,
        r.dailyCap(),
        r.redemption(),
        r.tierBasis(),
        r.tiers(),
        r.expiry());
  }

  private static ProgramRules cap(ProgramRules r, int cap) {
    return new ProgramRules(
        r.pointsName(),
        r.earning(),
        r.holdDays(),
        cap,
        r.redemption(),
        r.tierBasis(),
        r.tiers(),
        r.expiry());
  }

  private static ProgramRules value(ProgramRules r, String value, int minimum, int step) {
    return new ProgramRules(
        r.pointsName(),
        r.earning(),
        r.holdDays(),
        r.dailyCap(),
        new Redemption(new BigDecimal(value), minimum, step),
        r.tierBasis(),
        r.tiers(),
        r.expiry());
  }

  private static ProgramRules tiers(ProgramRules r, Tier... tiers) {
    return tiers(r, List.of(tiers));
  }

  private static ProgramRules tiers(ProgramRules r, List<Tier> tiers) {
    return new ProgramRules(
        r.pointsName(),
        r.earning(),
        r.holdDays(),
        r.dailyCap(),
        r.redemption(),
        r.tierBasis(),
        tiers,
        r.expiry());
  }

  private static ProgramRules expiry(ProgramRules r, ExpiryMode mode, int months) {
    return new ProgramRules(
        r.pointsName(),
        r.earning(),
        r.holdDays(),
        r.dailyCap(),
        r.redemption(),
        r.tierBasis(),
        r.tiers(),
        new Expiry(mode, months));
  }
}
