package org.returnport.events;

/**
 * Where a return parcel is, in our words: every carrier's and aggregator's scan codes are mapped to
 * one of these. {@link #rank()} orders the stages of the journey, so that scans that arrive out of
 * order never move a parcel backwards.
 */
public enum ParcelStage {
  /** The carrier knows the shipment; nothing was scanned yet. */
  LABEL_CREATED(0),
  PICKED_UP(1),
  IN_TRANSIT(2),
  /** Held or delayed on the way (customs, weather, a strike, a carrier exception). */
  DELAYED(2),
  CUSTOMS(3),
  OUT_FOR_DELIVERY(4),
  /** The carrier gave the parcel up as lost. */
  LOST(5),
  /** Delivered to the hub: the end of the carrier's part. */
  DELIVERED(6);

  private final int rank;

  ParcelStage(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }
}
