package org.returnport.payments.control;

import org.returnport.money.Money;

/**
 * What a gateway told us on its own, through its signed webhook (or the sandbox's timer): a refund,
 * payment or hold changed state. Fired as a CDI event inside the store's tenancy, in the
 * transaction that recorded the webhook; {@code idempotencyKey} is ours, as sent with the request,
 * where the gateway echoes it back, and {@code objectId} the gateway's id otherwise.
 */
public record GatewayNotice(
    String gateway,
    String noticeId,
    Subject subject,
    String objectId,
    String idempotencyKey,
    String state,
    Money amount) {

  /** What the notice is about. */
  public enum Subject {
    REFUND,
    PAYMENT,
    HOLD
  }
}
