package org.returnport.returns.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a return stands, and where it may go next. The parcel's stages only move forward; a parcel
 * that turns up after its return expired or was given up as lost is still taken in.
 */
public enum ReturnStatus {
  /** Submitted; a person decides. */
  UNDER_REVIEW,
  APPROVED,
  REJECTED,
  /** The carrier scanned the parcel. */
  IN_TRANSIT,
  /** The carrier delivered the parcel to the hub. */
  DELIVERED,
  /** The hub scanned the parcel at intake and counted its items. */
  RECEIVED,
  /** The hub graded every item and chose a disposition for each. */
  INSPECTED,
  /** The shopper cancelled before shipping. */
  CANCELLED,
  /** Nothing was sent by the send-by date. */
  EXPIRED,
  /** The carrier lost the parcel. */
  LOST;

  private static final Set<ReturnStatus> PARCEL_EXPECTED = EnumSet.of(APPROVED, EXPIRED);

  /** Whether a return may move from this status to {@code next}. */
  public boolean canMoveTo(ReturnStatus next) {
    return switch (next) {
      case APPROVED, REJECTED -> this == UNDER_REVIEW;
      case CANCELLED -> this == UNDER_REVIEW || this == APPROVED;
      case EXPIRED -> this == APPROVED;
      case IN_TRANSIT -> PARCEL_EXPECTED.contains(this);
      case LOST -> PARCEL_EXPECTED.contains(this) || this == IN_TRANSIT;
      case DELIVERED -> PARCEL_EXPECTED.contains(this) || this == IN_TRANSIT || this == LOST;
      case RECEIVED ->
          PARCEL_EXPECTED.contains(this) || this == IN_TRANSIT || this == LOST || this == DELIVERED;
      case INSPECTED -> this == RECEIVED;
      case UNDER_REVIEW -> false;
    };
  }

  /** Whether the return's deadlines still matter: it is neither closed nor at the hub yet. */
  public boolean deadlinesOpen() {
    return this == UNDER_REVIEW || this == APPROVED || this == IN_TRANSIT;
  }

  /** Whether the shopper has yet to hand the parcel to the carrier. */
  public boolean awaitingParcel() {
    return this == APPROVED;
  }
}
