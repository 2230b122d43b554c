package org.returnport.events;

/** How a payout ended. */
public enum PayoutOutcome {
  /** The money or goods reached the shopper (a refund confirmed by the gateway, say). */
  PAID,
  /** The gateway refused it; an agent decides what the shopper gets instead. */
  DECLINED,
  /** Withdrawn before it was paid (an agent turned a declined refund into store credit, say). */
  CANCELLED
}
