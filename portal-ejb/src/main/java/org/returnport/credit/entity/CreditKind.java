package org.returnport.credit.entity;

/**
 * A shopper's store credit (one account per shopper, e-mail address and currency in a store, topped
 * up by each payout) or a gift card (one account per card, issued once, carried by whoever holds
 * the code).
 */
public enum CreditKind {
  STORE_CREDIT,
  GIFT_CARD
}
