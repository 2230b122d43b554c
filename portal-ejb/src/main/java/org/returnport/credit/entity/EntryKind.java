package org.returnport.credit.entity;

/**
 * What a ledger entry records: credit issued for a return, the policy's bonus on it, a redemption
 * by the shop system, the rest of a balance at expiry, a redemption given back (a cancelled order
 * in the shop), and credit a member bought with loyalty points.
 */
public enum EntryKind {
  ISSUE,
  BONUS,
  REDEEM,
  EXPIRE,
  REVERSE,
  LOYALTY
}
