package org.returnport.settlement.entity;

/** Where the store's claim for the duties of a returned parcel stands with customs. */
public enum ReclaimStatus {
  NOT_STARTED,
  FILED,
  RECLAIMED,
  REFUSED
}
