package org.returnport.payments.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;

/** The refund machine's last line of defence: never more than was paid, never another currency. */
class RefundLimitsTest {

  static final Money PAID = Money.of("100.00", "EUR");

  @Property
  void theRefundsOfAnOrderNeverExceedWhatWasPaid(
      @ForAll @BigRange(min = "0.01", max = "5000") BigDecimal paid,
      @ForAll("amounts") @Size(max = 30) List<BigDecimal> requests) {
    Money payment = new Money(paid, "EUR");
    List<Money> accepted = new ArrayList<>();
    for (BigDecimal request : requests) {
      Money amount = new Money(request, "EUR");
      Money before = accepted.stream().reduce(Money.zero("EUR"), Money::plus);
      try {
        RefundLimits.check(payment, accepted, amount, "1001");
        accepted.add(amount);
      } catch (RefundRefusedException e) {
        assertThat(before.plus(amount).isAbove(payment) || amount.isZero() || amount.isNegative())
            .as(
                "refused only when too much or not positive: %s after %s of %s",
                amount, before, payment)
            .isTrue();
      }
    }
    Money refunded = accepted.stream().reduce(Money.zero("EUR"), Money::plus);
    assertThat(refunded.isAbove(payment)).as("%s refunded of %s", refunded, payment).isFalse();
  }

  @Property
  void aRefundAppliedTwiceWithTheSameKeyIsRefusedTheSecondTimeWhenItWouldGoAbove(
      @ForAll @BigRange(min = "50.01", max = "100") BigDecimal amount) {
    Money refund = new Money(amount, "EUR");
    RefundLimits.check(PAID, List.of(), refund, "1001");

    assertThatThrownBy(() -> RefundLimits.check(PAID, List.of(refund), refund, "1001"))
        .isInstanceOf(RefundRefusedException.class);
  }

  @Provide
  Arbitrary<List<BigDecimal>> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-5"), new BigDecimal("2000"))
        .ofScale(2)
        .list();
  }

  @Test
  void theWholePaymentCanBeRefundedInParts() {
    RefundLimits.check(PAID, List.of(Money.of("60", "EUR")), Money.of("40.00", "EUR"), "1001");
  }

  @Test
  void oneCentAboveWhatWasPaidIsRefusedWithTheAmounts() {
    assertThatThrownBy(
            () ->
                RefundLimits.check(
                    PAID, List.of(Money.of("60", "EUR")), Money.of("40.01", "EUR"), "1001"))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("returnport.refund.tooMuch");
              assertThat(e.arguments())
                  .containsExactly("40.01 EUR", "1001", "100.00 EUR", "60.00 EUR");
            });
  }

  @Test
  void aRefundInAnotherCurrencyIsRefused() {
    assertThatThrownBy(() -> RefundLimits.check(PAID, List.of(), Money.of("10", "USD"), "1001"))
        .isInstanceOfSatisfying(
            RejectedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("returnport.refund.currency"));
  }

  @Test
  void aRefundOfNothingOrLessIsRefused() {
    for (String amount : List.of("0", "-0.01")) {
      assertThatThrownBy(() -> RefundLimits.check(PAID, List.of(), Money.of(amount, "EUR"), "1001"))
          .isInstanceOfSatisfying(
              RejectedException.class,
              e -> assertThat(e.messageKey()).isEqualTo("returnport.refund.notPositive"));
    }
  }
}
