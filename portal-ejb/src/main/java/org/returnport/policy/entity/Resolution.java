package org.returnport.policy.entity;

/** What a shopper gets back for a return. */
public enum Resolution {
  /** Money back to the card or account the order was paid with. */
  REFUND,
  /** Credit in the store, with the policy's bonus on top. */
  STORE_CREDIT,
  /** A gift card for the refund, which the shopper may pass on. */
  GIFT_CARD,
  /**
   * Another variant of the same product (another size, say) instead of money: a like-for-like swap,
   * so no return shipping or restocking fee is charged, and nothing is refunded.
   */
  EXCHANGE
}
