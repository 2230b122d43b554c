package org.returnport.exchanges.control;

import java.time.Instant;
import java.util.Optional;
import org.returnport.exchanges.entity.ExchangeHold;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.PaymentGateway;
import org.returnport.payments.control.PaymentGateway.ChargeOrder;
import org.returnport.payments.control.PaymentGateway.GatewayHold;
import org.returnport.returns.entity.ReturnStatus;

/**
 * Places and ends the authorisation hold of an instant exchange at the gateway. Each gateway call
 * carries a key derived from the hold's own ({@code <RMA>-XH}, {@code -R} to release, {@code -C} to
 * capture), so a retry after a time-out is the same call; a hold that has ended is never sent to
 * the gateway again.
 */
public final class HoldLife {

  private HoldLife() {}

  public static String key(String rma) {
    return rma + "-XH";
  }

  /**
   * How a hold has to end once the return stands at {@code status}, if it has to end yet: released
   * once the old item has been inspected (or the return was settled some other way), captured when
   * it will never come back although the replacement was shipped (expired, or cancelled after an
   * instant shipment), released when nothing was shipped.
   */
  public static Optional<ExchangeHold.State> due(ReturnStatus status, boolean replacementShipped) {
    if (status == ReturnStatus.INSPECTED || status.settled() || status == ReturnStatus.REJECTED) {
      return Optional.of(ExchangeHold.State.RELEASED);
    }
    if (status == ReturnStatus.EXPIRED || status == ReturnStatus.CANCELLED) {
      return Optional.of(
          replacementShipped ? ExchangeHold.State.CAPTURED : ExchangeHold.State.RELEASED);
    }
    return Optional.empty();
  }

  /** Reserves {@code value} on the order's payment and answers the hold to keep. */
  public static ExchangeHold place(
      long returnId,
      String rma,
      String paymentReference,
      Money value,
      PaymentGateway gateway,
      Instant now)
      throws GatewayException {
    GatewayHold placed = gateway.authorize(new ChargeOrder(key(rma), paymentReference, value, rma));
    return new ExchangeHold(
        returnId, rma, key(rma), gateway.code(), placed.id(), placed.amount(), now);
  }

  /**
   * Releases or captures the hold at the gateway, then records it; answers false, calling nothing,
   * when it has ended before. A gateway error leaves the hold placed, to be ended by a later try.
   */
  public static boolean end(
      ExchangeHold hold, ExchangeHold.State how, PaymentGateway gateway, Instant now)
      throws GatewayException {
    if (hold.getState() != ExchangeHold.State.PLACED || how == ExchangeHold.State.PLACED) {
      return false;
    }
    GatewayHold gatewayHold = new GatewayHold(hold.getHoldId(), hold.getAmount());
    if (how == ExchangeHold.State.CAPTURED) {
      gateway.capture(gatewayHold, hold.getIdempotencyKey() + "-C");
    } else {
      gateway.release(gatewayHold, hold.getIdempotencyKey() + "-R");
    }
    return hold.end(how, now);
  }
}
