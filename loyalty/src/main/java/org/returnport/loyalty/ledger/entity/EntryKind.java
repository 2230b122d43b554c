package org.returnport.loyalty.ledger.entity;

/**
 * What a ledger entry did. Its points move the balance (spendable), its pending points the pending
 * total (on hold, not yet spendable).
 */
public enum EntryKind {
  /** Points awarded: pending (held) or at once. */
  EARN,
  /** A pending award's hold passed: pending down, balance up by the same points. */
  CONFIRM,
  /** Points turned into store credit or a discount code. */
  REDEEM,
  /** Points that lapsed unspent. */
  EXPIRE,
  /** An award taken back (its review withdrawn or hidden), pending or already confirmed. */
  CLAWBACK,
  /** Staff added or removed points, with a reason. */
  ADJUST
}
