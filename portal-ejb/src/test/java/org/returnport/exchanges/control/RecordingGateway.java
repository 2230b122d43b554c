package org.returnport.exchanges.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.PaymentGateway;

/**
 * A payment gateway that writes down every call it gets, with its idempotency key, and can be told
 * to fail the next call the way a gateway that times out does.
 */
final class RecordingGateway implements PaymentGateway {

  final List<String> calls = new ArrayList<>();
  private GatewayException nextFailure;

  void failNext(GatewayException.Kind kind) {
    nextFailure = new GatewayException(kind, "recorded failure");
  }

  private void call(String what) throws GatewayException {
    if (nextFailure != null) {
      GatewayException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    calls.add(what);
  }

  @Override
  public String code() {
    return "recording";
  }

  @Override
  public GatewayRefund refund(RefundOrder order) throws GatewayException {
    call("refund " + order.idempotencyKey());
    return new GatewayRefund(
        "re_" + order.idempotencyKey(), RefundState.SUCCEEDED, order.amount(), null);
  }

  @Override
  public Optional<GatewayRefund> findRefund(RefundOrder order) {
    return Optional.empty();
  }

  @Override
  public PaymentLink paymentLink(ChargeOrder order) throws GatewayException {
    call("link " + order.idempotencyKey() + " " + order.amount().decimalString());
    return new PaymentLink("pl_1", URI.create("https://pay.example/pl_1"));
  }

  @Override
  public GatewayHold authorize(ChargeOrder order) throws GatewayException {
    call("authorize " + order.idempotencyKey() + " " + order.amount().decimalString());
    return new GatewayHold("hold_1", order.amount());
  }

  @Override
  public void capture(GatewayHold hold, String idempotencyKey) throws GatewayException {
    call("capture " + hold.id() + " " + idempotencyKey);
  }

  @Override
  public void release(GatewayHold hold, String idempotencyKey) throws GatewayException {
    call("release " + hold.id() + " " + idempotencyKey);
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
