package org.returnport.intake.entity;

/** What becomes of graded items. */
public enum Disposition {
  /** Back on sale. */
  RESTOCK,
  REFURBISH,
  RETURN_TO_SUPPLIER,
  DONATE,
  RECYCLE,
  DISPOSE
}
