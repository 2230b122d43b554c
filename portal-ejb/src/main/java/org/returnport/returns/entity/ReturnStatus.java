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
  LOST,
  /** Settled with money back to the original payment (all of it, or part of it with credit). */
  REFUNDED,
  /** Settled with store credit or a gift card. */
  CREDITED,
  /** Settled with the replacement item. */
  EXCHANGED,
  /** Settled without the items coming back (keep-it). */
  KEPT,
  /** Money settled and items dealt with: nothing more happens. */
  CLOSED;

  private static final Set<ReturnStatus> SETTLED = EnumSet.of(REFUNDED, CREDITED, EXCHANGED, KEPT);

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
      // A return is settled once its items are inspected or given up as lost, or at once when the
      // shopper keeps them; money paid out earlier does not change where the parcel stands.
      case REFUNDED, CREDITED, EXCHANGED -> this == INSPECTED || this == LOST;
      case KEPT -> this == APPROVED;
      case CLOSED -> SETTLED.contains(this);
      case UNDER_REVIEW -> false;
    };
  }

  /** Whether the return's deadlines still matter: it is neither closed nor at the hub yet. */
  public boolean deadlinesOpen() {
    return this == UNDER_REVIEW || this == APPROVED || this == IN_TRANSIT;
  }

  /** Whether the return's money is settled (it may still wait to be closed). */
  public boolean settled() {
    return SETTLED.contains(this) || this == CLOSED;
  }

  /** Whether the shopper has yet to hand the parcel to the carrier. */
  public boolean awaitingParcel() {
    return this == APPROVED;
  }
}
