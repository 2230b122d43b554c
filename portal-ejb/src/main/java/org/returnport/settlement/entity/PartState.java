package org.returnport.settlement.entity;

/** Where one payout of a settlement stands. */
public enum PartState {
  /** Announced to its payer; not ended yet. */
  DUE,
  PAID,
  /** Refused by the gateway: an agent's task until it is replaced. */
  DECLINED,
  CANCELLED,
  /** A declined payout that was retried or turned into store credit under a new key. */
  REPLACED;

  public boolean ended() {
    return this == PAID || this == CANCELLED || this == REPLACED;
  }
}
