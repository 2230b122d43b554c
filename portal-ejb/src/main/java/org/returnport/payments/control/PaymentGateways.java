package org.returnport.payments.control;

/**
 * Finds the gateway, bound to the current store's account, that pays back or charges a payment made
 * with a given payment method (the order's {@code paymentMethod}, e.g. "card" or "paypal"). A store
 * that chose nothing for a method uses the sandbox gateway.
 */
public interface PaymentGateways {

  PaymentGateway forPaymentMethod(String paymentMethod);

  /** The gateway by its code, bound to the current store's account. */
  PaymentGateway byCode(String code);
}
