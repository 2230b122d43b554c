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
  DISCREPANCY
}
