package org.returnport.settlement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.policy.entity.Resolution;
import org.returnport.settlement.control.SettlementRules.Graded;
import org.returnport.settlement.control.SettlementRules.Input;
import org.returnport.settlement.control.SettlementRules.Line;
import org.returnport.settlement.control.SettlementRules.Outcome;

class SettlementRulesTest {

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** One line of 100.00 EUR (2 units), refund 100.00, graded as the row says. */
  @ParameterizedTest(name = "{0} unit(s) graded {1} at {2} % deduct {3}, refund {4}")
  @CsvSource({
    "2, A, 0,   0.00, 100.00",
    "2, B, 0,   0.00, 100.00",
    "2, C, 20, 20.00, 80.00",
    "1, C, 20, 10.00, 90.00",
    "2, D, 50, 50.00, 50.00",
    "1, D, 50, 25.00, 75.00",
    "2, X, 100, 100.00, 0.00",
    "2, Y, 12.5, 12.50, 87.50",
  })
  void gradesDeductTheirShare(
      int units, String grade, String percent, String deduction, String refund) {
    Outcome cut =
        SettlementRules.settle(
            new Input(
                Resolution.REFUND,
                eur("100.00"),
                eur("0"),
                List.of(new Line(1, 2, eur("100.00"), false)),
                List.of(new Graded(1, units, grade, new BigDecimal(percent))),
                eur("0")));
    assertThat(cut.deduction()).isEqualTo(eur(deduction));
    assertThat(cut.refund()).isEqualTo(eur(refund));
    assertThat(cut.total()).isEqualTo(eur(refund));
  }

  @Test
  void aGradeCItemLosesTwentyPercentOfItsShareOnlyWhereFeesWereCharged() {
    // Two lines worth 60 and 40; 5.00 of fees leave a refund of 95.00 shared 57.00 / 38.00.
    Outcome cut =
        SettlementRules.settle(
            new Input(
                Resolution.REFUND,
                eur("95.00"),
                eur("0"),
                List.of(new Line(1, 1, eur("60.00"), false), new Line(2, 1, eur("40.00"), false)),
                List.of(
                    new Graded(1, 1, "A", BigDecimal.ZERO),
                    new Graded(2, 1, "C", new BigDecimal("20"))),
                eur("0")));
    assertThat(cut.deductions()).hasSize(1);
    assertThat(cut.deductions().get(0).amount()).isEqualTo(eur("7.60"));
    assertThat(cut.refund()).isEqualTo(eur("87.40"));
    assertThat(cut.parts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.method()).isEqualTo(PayoutMethod.REFUND);
              assertThat(p.suffix()).isEqualTo("R1");
              assertThat(p.amount()).isEqualTo(eur("87.40"));
            });
  }

  @ParameterizedTest(name = "{0} pays by {1} with key suffix {2}")
  @CsvSource({
    "REFUND, REFUND, R1, 0.00",
    "STORE_CREDIT, STORE_CREDIT, C1, 8.00",
    "GIFT_CARD, GIFT_CARD, G1, 0.00",
  })
  void eachResolutionPaysByItsMethodWithDutiesAsARefund(
      Resolution resolution, PayoutMethod method, String suffix, String bonus) {
    Outcome cut =
        SettlementRules.settle(
            new Input(
                resolution,
                eur("80.00"),
                eur("8.00"),
                List.of(new Line(1, 1, eur("80.00"), false)),
                List.of(),
                eur("12.34")));
    assertThat(cut.parts()).hasSize(2);
    assertThat(cut.parts().get(0).method()).isEqualTo(method);
    assertThat(cut.parts().get(0).suffix()).isEqualTo(suffix);
    assertThat(cut.parts().get(0).bonus()).isEqualTo(eur(bonus));
    assertThat(cut.parts().get(1).method()).isEqualTo(PayoutMethod.REFUND);
    assertThat(cut.parts().get(1).suffix()).isEqualTo("D1");
    assertThat(cut.parts().get(1).amount()).isEqualTo(eur("12.34"));
    assertThat(cut.total()).isEqualTo(eur("92.34"));
  }

  @Test
  void theStoreCreditBonusShrinksWithTheDeduction() {
    Outcome cut =
        SettlementRules.settle(
            new Input(
                Resolution.STORE_CREDIT,
                eur("100.00"),
                eur("10.00"),
                List.of(new Line(1, 1, eur("100.00"), false)),
                List.of(new Graded(1, 1, "C", new BigDecimal("20"))),
                eur("0")));
    assertThat(cut.parts().get(0).amount()).isEqualTo(eur("80.00"));
    assertThat(cut.parts().get(0).bonus()).isEqualTo(eur("8.00"));
  }

  @Test
  void anExchangePaysTheReplacementsValueAndDeductsNothing() {
    Outcome cut =
        SettlementRules.settle(
            new Input(
                Resolution.EXCHANGE,
                eur("0"),
                eur("0"),
                List.of(new Line(1, 1, eur("49.90"), true)),
                List.of(new Graded(1, 1, "D", new BigDecimal("50"))),
                eur("0")));
    assertThat(cut.parts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.method()).isEqualTo(PayoutMethod.EXCHANGE);
              assertThat(p.suffix()).isEqualTo("X1");
              assertThat(p.amount()).isEqualTo(eur("49.90"));
            });
    assertThat(cut.deduction()).isEqualTo(eur("0"));
  }

  @Test
  void nothingLeftToPayMeansNoPart() {
    Outcome cut =
        SettlementRules.settle(
            new Input(
                Resolution.REFUND,
                eur("10.00"),
                eur("0"),
                List.of(new Line(1, 1, eur("10.00"), false)),
                List.of(new Graded(1, 1, "X", new BigDecimal("100"))),
                eur("0")));
    assertThat(cut.parts()).isEmpty();
  }

  @ParameterizedTest(name = "{0} split {1} ways gives {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100.00 | 1,1,1 | 33.34,33.33,33.33",
        "0.05 | 1,1,1,1 | 0.02,0.01,0.01,0.01",
        "95.00 | 60,40 | 57.00,38.00",
        "10.00 | 0,0 | 10.00,0.00",
        "10.01 | 3,3,4 | 3.00,3.00,4.01",
      })
  void splitsAddUpToTheCent(String total, String weights, String expected) {
    List<Money> ws = java.util.Arrays.stream(weights.split(",")).map(w -> eur(w)).toList();
    List<Money> split = SettlementRules.split(eur(total), ws);
    assertThat(split)
        .containsExactlyElementsOf(
            java.util.Arrays.stream(expected.split(",")).map(SettlementRulesTest::eur).toList());
  }

  @Test
  void splitsRespectCurrenciesWithoutCents() {
    List<Money> split =
        SettlementRules.split(
            Money.of("1000", "JPY"),
            List.of(Money.of("1", "JPY"), Money.of("1", "JPY"), Money.of("1", "JPY")));
    assertThat(split)
        .containsExactly(Money.of("334", "JPY"), Money.of("333", "JPY"), Money.of("333", "JPY"));
  }

  @Property
  void sharesAlwaysAddUpExactly(
      @ForAll @IntRange(min = 0, max = 10_000_000) int cents,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 100_000) Integer> weights) {
    Money total = new Money(BigDecimal.valueOf(cents, 2), "EUR");
    List<Money> split =
        SettlementRules.split(
            total, weights.stream().map(w -> new Money(BigDecimal.valueOf(w, 2), "EUR")).toList());
    assertThat(split.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(total.amount());
    assertThat(split).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
  }

  @Property
  void deductionsNeverExceedTheRefund(
      @ForAll @IntRange(min = 0, max = 1_000_000) int cents,
      @ForAll @IntRange(min = 1, max = 5) int lines,
      @ForAll @IntRange(min = 0, max = 100) int percent) {
    List<Line> ls =
        IntStream.rangeClosed(1, lines)
            .mapToObj(
                i -> new Line(i, i, new Money(BigDecimal.valueOf(i * 1999L, 2), "EUR"), false))
            .toList();
    List<Graded> gs =
        IntStream.rangeClosed(1, lines)
            .mapToObj(i -> new Graded(i, i, "G", BigDecimal.valueOf(percent)))
            .toList();
    Money refund = new Money(BigDecimal.valueOf(cents, 2), "EUR");
    Outcome cut =
        SettlementRules.settle(new Input(Resolution.REFUND, refund, eur("0"), ls, gs, eur("0")));
    assertThat(cut.refund().isNegative()).isFalse();
    assertThat(cut.refund().plus(cut.deduction())).isEqualTo(refund);
  }

  @ParameterizedTest(name = "duties {0} on an order of {2}, {1} returned: {3}")
  @CsvSource({
    "30.00, 50.00, 100.00, 15.00",
    "10.00, 33.33, 100.00, 3.33",
    "10.00, 100.00, 100.00, 10.00",
    "0.00, 50.00, 100.00, 0.00",
    "10.00, 0.00, 100.00, 0.00",
    "7.77, 1.00, 3.00, 2.59",
  })
  void dutiesAreSharedByTheReturnedItemsValue(
      String duties, String returned, String order, String expected) {
    assertThat(SettlementRules.dutiesShare(eur(duties), eur(returned), eur(order)))
        .isEqualTo(eur(expected));
  }
}
