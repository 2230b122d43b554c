package org.returnport.parcels.entity;

/** Where the booking of a parcel stands with its carrier. */
public enum ParcelState {
  /** Waiting for the carrier to issue the label (retried with back-off). */
  BOOKING,
  /** The carrier issued a tracking number and label. */
  BOOKED,
  /** The return was cancelled or expired; the carrier was (or is being) told. */
  CANCELLED,
  /** The carrier refused the booking for good (e.g. an address it cannot serve). */
  FAILED
}
