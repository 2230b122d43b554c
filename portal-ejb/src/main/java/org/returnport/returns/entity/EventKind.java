package org.returnport.returns.entity;

/** What happened to a return; shopper and staff messages are events of the same timeline. */
public enum EventKind {
  REQUESTED,
  AUTO_APPROVED,
  APPROVED,
  REJECTED,
  INFO_REQUESTED,
  SHOPPER_MESSAGE,
  STAFF_MESSAGE,
  /** The carrier booked the shipment; the text is the carrier and tracking number. */
  LABEL_READY,
  /** A carrier scan; the text is the carrier's words. */
  SCANNED,
  /** The deadlines moved; the text says why and by how long. */
  DEADLINES_MOVED,
  REMINDED,
  CANCELLED,
  EXPIRED,
  LOST,
  DELIVERED,
  RECEIVED,
  INSPECTED,
  /** Intake found something wrong (wrong or missing item, empty box); an agent looks at it. */
  DISCREPANCY,
  /** A payout is due; the text names the method and amount, and any deduction with its reason. */
  PAYOUT_DUE,
  /** The refund went to the gateway; the text is the amount and the gateway's reference. */
  REFUND_SENT,
  /** The gateway confirmed the refund. */
  REFUND_CONFIRMED,
  /** The gateway declined the refund; an agent decides what comes instead. */
  REFUND_FAILED,
  CREDIT_ISSUED,
  GIFT_CARD_ISSUED,
  /** The replacement of an exchange was set aside from stock. */
  STOCK_RESERVED,
  STOCK_RELEASED,
  REPLACEMENT_SHIPPED,
  /** The shopper was asked to pay a price difference; the text is the amount. */
  PAYMENT_REQUESTED,
  PAYMENT_RECEIVED,
  /** An authorisation hold was placed on the shopper's payment (instant exchange). */
  HOLD_PLACED,
  HOLD_RELEASED,
  REFUNDED,
  CREDITED,
  EXCHANGED,
  KEPT,
  CLOSED
}
