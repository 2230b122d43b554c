package org.returnport.events;

/** How part of a return is paid out to the shopper. */
public enum PayoutMethod {
  /** Money back to the original payment, through the store's payment gateway. */
  REFUND,
  /** Credit on the shopper's account with the store. */
  STORE_CREDIT,
  /** A gift card whose code the shopper may pass on. */
  GIFT_CARD,
  /** The replacement item of an exchange; its amount is the replacement's value. */
  EXCHANGE
}
