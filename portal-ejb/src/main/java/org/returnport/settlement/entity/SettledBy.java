package org.returnport.settlement.entity;

/** What made a return's money go out. */
public enum SettledBy {
  APPROVAL,
  FIRST_SCAN,
  RECEIPT,
  INSPECTION,
  LOST,
  KEEP_IT,
  /** An agent settled it by hand, possibly with another amount. */
  AGENT
}
