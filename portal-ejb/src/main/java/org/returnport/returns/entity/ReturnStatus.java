package org.returnport.returns.entity;

/** Where a return stands. */
public enum ReturnStatus {
  /** Submitted; a person decides. */
  UNDER_REVIEW,
  APPROVED,
  REJECTED
}
