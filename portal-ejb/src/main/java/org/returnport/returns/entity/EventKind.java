package org.returnport.returns.entity;

/** What happened to a return; shopper and staff messages are events of the same timeline. */
public enum EventKind {
  REQUESTED,
  AUTO_APPROVED,
  APPROVED,
  REJECTED,
  INFO_REQUESTED,
  SHOPPER_MESSAGE,
  STAFF_MESSAGE
}
