package org.returnport.payments.entity;

/** Where a refund stands in our books: requested → sent → confirmed, or failed. */
public enum RefundState {
  /**
   * Written with the payout; not (or, after a refusal to even receive it, no longer) at the
   * gateway.
   */
  REQUESTED,
  /**
   * Handed to the gateway, or about to be: its outcome is asked for before anything is sent again.
   */
  SENT,
  /** The gateway paid it: the money is on its way to the shopper. */
  CONFIRMED,
  /** The gateway declined or refused it; nothing was paid. */
  FAILED;

  public boolean ended() {
    return this == CONFIRMED || this == FAILED;
  }
}
