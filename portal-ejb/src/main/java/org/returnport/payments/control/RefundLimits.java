package org.returnport.payments.control;

import java.util.Collection;
import org.returnport.catalog.entity.OrderData;
import org.returnport.money.Money;

/**
 * The refund machine's last line of defence, whatever the settlement asked for: a refund is of a
 * positive amount, in the currency the order was paid in, and all refunds of an order together
 * never exceed what was paid for it (items and duties).
 */
public final class RefundLimits {

  private RefundLimits() {}

  /** What the shopper paid for an order: every line, and the duties. */
  public static Money paid(OrderData order) {
    Money total = new Money(order.dutiesPaid(), order.currency());
    for (OrderData.Line line : order.lines()) {
      total = total.plus(line.paid(order.currency()));
    }
    return total;
  }

  /**
   * Refuses the refund of {@code requested} for order {@code orderNumber}, paid {@code paid}, whose
   * earlier refunds (those not declined) are {@code earlier}.
   */
  public static void check(
      Money paid, Collection<Money> earlier, Money requested, String orderNumber) {
    if (!requested.currency().equals(paid.currency())) {
      throw new RefundRefusedException("returnport.refund.currency", paid.currency());
    }
    if (requested.isNegative() || requested.isZero()) {
      throw new RefundRefusedException("returnport.refund.notPositive");
    }
    Money refunded = Money.zero(paid.currency());
    for (Money amount : earlier) {
      refunded = refunded.plus(amount);
    }
    if (refunded.plus(requested).isAbove(paid)) {
      throw new RefundRefusedException(
          "returnport.refund.tooMuch",
          requested.decimalString() + " " + requested.currency(),
          orderNumber,
          paid.decimalString() + " " + paid.currency(),
          refunded.decimalString() + " " + refunded.currency());
    }
  }
}
