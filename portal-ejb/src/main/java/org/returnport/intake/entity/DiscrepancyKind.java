package org.returnport.intake.entity;

/** What the hub found wrong with a parcel. */
public enum DiscrepancyKind {
  /** The parcel holds something else than the return names. */
  WRONG_ITEM,
  /** Items of the return are not in the parcel. */
  MISSING_ITEM,
  EMPTY_BOX,
  /** Nothing in it was bought from this store. */
  NOT_OURS
}
