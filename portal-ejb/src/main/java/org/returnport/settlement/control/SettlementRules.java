package org.returnport.settlement.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.policy.entity.Resolution;

/**
 * How much a return pays out, and in which parts. The refund the quote promised is shared among the
 * returned lines by their value (to the cent, the shares adding up exactly to the refund); each
 * graded unit then loses its grade's percentage of its share. Duties the shopper paid come back as
 * a refund part of their own, whatever the resolution, because they were paid in money. An exchange
 * pays the replacements' value and deducts nothing: a damaged item sent back for another is a
 * matter for an agent, not for arithmetic.
 */
public final class SettlementRules {

  private SettlementRules() {}

  /** One returned line: how many units and what they were paid. */
  public record Line(int lineNo, int quantity, Money value, boolean exchanged) {}

  /** Units of a line graded alike, and the percentage their grade deducts. */
  public record Graded(int lineNo, int quantity, String gradeCode, BigDecimal percent) {}

  /** What the return brings before grading. */
  public record Input(
      Resolution resolution,
      Money refund,
      Money bonus,
      List<Line> lines,
      List<Graded> gradings,
      Money duties) {

    public Input {
      lines = List.copyOf(lines);
      gradings = List.copyOf(gradings);
    }
  }

  /** What a group of graded units of a line lost, and why (its grade). */
  public record Deduction(
      int lineNo, String gradeCode, int quantity, BigDecimal percent, Money amount) {}

  /** One payout: its key's suffix (the RMA goes in front), method and amounts. */
  public record Part(String suffix, PayoutMethod method, Money amount, Money bonus) {}

  /** The whole sum: the refund before and after deductions, the duties, and the parts to pay. */
  public record Outcome(
      Money refundBefore,
      List<Deduction> deductions,
      Money deduction,
      Money refund,
      Money bonus,
      Money duties,
      List<Part> parts) {

    public Money total() {
      return parts.stream().map(Part::amount).reduce(Money.zero(refund.currency()), Money::plus);
    }
  }

  public static Outcome settle(Input in) {
    String currency = in.refund().currency();
    Money zero = Money.zero(currency);
    List<Part> parts = new ArrayList<>();
    if (in.resolution() == Resolution.EXCHANGE) {
      Money value =
          in.lines().stream().filter(Line::exchanged).map(Line::value).reduce(zero, Money::plus);
      if (!value.isZero()) {
        parts.add(new Part("X1", PayoutMethod.EXCHANGE, value, zero));
      }
      addDuties(parts, in.duties());
      return new Outcome(in.refund(), List.of(), zero, in.refund(), zero, in.duties(), parts);
    }
    List<Deduction> deductions = deductions(in);
    Money deduction = deductions.stream().map(Deduction::amount).reduce(zero, Money::plus);
    Money refund = in.refund().minus(deduction);
    Money bonus = scaled(in.bonus(), refund, in.refund());
    if (!refund.isZero()) {
      switch (in.resolution()) {
        case STORE_CREDIT -> parts.add(new Part("C1", PayoutMethod.STORE_CREDIT, refund, bonus));
        case GIFT_CARD -> parts.add(new Part("G1", PayoutMethod.GIFT_CARD, refund, zero));
        default -> parts.add(new Part("R1", PayoutMethod.REFUND, refund, zero));
      }
    }
    addDuties(parts, in.duties());
    return new Outcome(
        in.refund(),
        deductions,
        deduction,
        refund,
        in.resolution() == Resolution.STORE_CREDIT ? bonus : zero,
        in.duties(),
        parts);
  }

  private static void addDuties(List<Part> parts, Money duties) {
    if (!duties.isZero()) {
      parts.add(new Part("D1", PayoutMethod.REFUND, duties, Money.zero(duties.currency())));
    }
  }

  /**
   * Each graded group loses its grade's percentage of its units' part of the line's share, rounded
   * half up to the cent; the sum of the deductions never exceeds the refund, since no percentage
   * exceeds 100 and the shares add up to the refund.
   */
  static List<Deduction> deductions(Input in) {
    List<Money> shares = split(in.refund(), in.lines().stream().map(Line::value).toList());
    List<Deduction> out = new ArrayList<>();
    for (Graded graded : in.gradings()) {
      if (graded.percent().signum() == 0) {
        continue;
      }
      for (int i = 0; i < in.lines().size(); i++) {
        Line line = in.lines().get(i);
        if (line.lineNo() != graded.lineNo()) {
          continue;
        }
        Money units =
            shares.get(i).share(Math.min(graded.quantity(), line.quantity()), line.quantity());
        out.add(
            new Deduction(
                graded.lineNo(),
                graded.gradeCode(),
                graded.quantity(),
                graded.percent(),
                units.percent(graded.percent())));
      }
    }
    return out;
  }

  /**
   * Splits an amount by weights, to the currency's smallest unit, by largest remainder: the parts
   * add up exactly to the amount, and equal weights differ by one cent at most.
   */
  public static List<Money> split(Money total, List<Money> weights) {
    String currency = total.currency();
    BigDecimal whole = weights.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Money> out = new ArrayList<>();
    if (weights.isEmpty()) {
      return out;
    }
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
    BigDecimal[] floors = new BigDecimal[weights.size()];
    BigDecimal[] remainders = new BigDecimal[weights.size()];
    BigDecimal assigned = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal exact =
          whole.signum() == 0
              ? (i == 0 ? total.amount() : BigDecimal.ZERO)
              : total
                  .amount()
                  .multiply(weights.get(i).amount())
                  .divide(whole, 12, RoundingMode.DOWN);
      floors[i] = exact.setScale(digits, RoundingMode.DOWN);
      remainders[i] = exact.subtract(floors[i]);
      assigned = assigned.add(floors[i]);
    }
    int left = total.amount().subtract(assigned).divide(unit, 0, RoundingMode.HALF_UP).intValue();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      order.add(i);
    }
    order.sort(
        (a, b) ->
            remainders[b].compareTo(remainders[a]) != 0
                ? remainders[b].compareTo(remainders[a])
                : Integer.compare(a, b));
    for (int k = 0; k < left; k++) {
      int i = order.get(k % order.size());
      floors[i] = floors[i].add(unit);
    }
    for (BigDecimal floor : floors) {
      out.add(new Money(floor, currency));
    }
    return out;
  }

  /**
   * The import duties that belong to the returned items: the order's duties in the proportion of
   * the returned items' value to the order's, rounded down to the cent.
   */
  public static Money dutiesShare(Money dutiesPaid, Money returnedValue, Money orderValue) {
    if (dutiesPaid.isZero() || orderValue.isZero() || returnedValue.isZero()) {
      return Money.zero(dutiesPaid.currency());
    }
    if (!orderValue.isAbove(returnedValue)) {
      return dutiesPaid;
    }
    int digits =
        Math.max(0, Currency.getInstance(dutiesPaid.currency()).getDefaultFractionDigits());
    BigDecimal share =
        dutiesPaid
            .amount()
            .multiply(returnedValue.amount())
            .divide(orderValue.amount(), digits, RoundingMode.DOWN);
    return new Money(share, dutiesPaid.currency());
  }

  /** The bonus in proportion to what is left of the refund after deductions, rounded down. */
  static Money scaled(Money bonus, Money refund, Money before) {
    if (bonus.isZero() || before.isZero()) {
      return Money.zero(refund.currency());
    }
    if (refund.equals(before)) {
      return bonus;
    }
    int digits = Math.max(0, Currency.getInstance(bonus.currency()).getDefaultFractionDigits());
    return new Money(
        bonus.amount().multiply(refund.amount()).divide(before.amount(), digits, RoundingMode.DOWN),
        bonus.currency());
  }
}
