package org.returnport.payments.control;

import java.net.URI;
import java.util.Optional;
import org.returnport.money.Money;

/**
 * A payment service provider as one store uses it: refunds to the original payment, payment links
 * for what a shopper owes, and authorisation holds. Every call that moves money carries an
 * idempotency key: the same key always means the same refund, link or hold, however often it is
 * sent. An instance is bound to one store's account; {@link PaymentGateways} hands it out.
 */
public interface PaymentGateway {

  /** The code stores choose the gateway by, e.g. {@code sandbox} or {@code stripe}. */
  String code();

  /**
   * Refunds all or part of a payment. A declined refund comes back with state FAILED; a time-out
   * throws {@link GatewayException} with {@link GatewayException.Kind#OUTCOME_UNKNOWN}, and the
   * caller then asks {@link #findRefund} before it sends anything again.
   */
  GatewayRefund refund(RefundOrder order) throws GatewayException;

  /** What became of a refund sent with this order's idempotency key, if the gateway knows it. */
  Optional<GatewayRefund> findRefund(RefundOrder order) throws GatewayException;

  /** A page where the shopper pays an amount; paying it is reported by a gateway notice. */
  PaymentLink paymentLink(ChargeOrder order) throws GatewayException;

  /** Reserves an amount on the shopper's payment without taking it. */
  GatewayHold authorize(ChargeOrder order) throws GatewayException;

  /** Takes a held amount (the shopper never sent the item back). */
  void capture(GatewayHold hold, String idempotencyKey) throws GatewayException;

  /** Lets a hold go. Releasing twice is no error. */
  void release(GatewayHold hold, String idempotencyKey) throws GatewayException;

  /**
   * A refund to ask for. {@code paymentReference} is the gateway's id of the order's payment (the
   * order number where the store sent none); {@code reason} is for the gateway's records only.
   */
  record RefundOrder(String idempotencyKey, String paymentReference, Money amount, String reason) {}

  /** A refund as the gateway sees it. {@code failureCode} is the gateway's, for FAILED only. */
  record GatewayRefund(String id, RefundState state, Money amount, String failureCode) {}

  /** Where a refund stands at the gateway. */
  enum RefundState {
    PENDING,
    SUCCEEDED,
    FAILED
  }

  /** An amount to take from the shopper, on the payment named by {@code paymentReference}. */
  record ChargeOrder(
      String idempotencyKey, String paymentReference, Money amount, String description) {}

  /** A page at the gateway where the shopper pays. */
  record PaymentLink(String id, URI url) {}

  /** Money reserved on the shopper's payment. */
  record GatewayHold(String id, Money amount) {}
}
