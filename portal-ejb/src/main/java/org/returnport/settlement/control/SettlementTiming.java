package org.returnport.settlement.control;

import org.returnport.policy.entity.PolicyRules.RefundTiming;

/**
 * When a return's money goes out: at the policy's moment, or at the first later moment we learn of
 * when that one never came (a parcel sent with the store's own label is never scanned for us, say).
 * A keep-it return is paid at approval; a lost parcel is paid at its loss, as the policy promises.
 */
public final class SettlementTiming {

  private SettlementTiming() {}

  /** What just happened to a return that is not settled yet. */
  public enum Moment {
    APPROVED,
    FIRST_SCAN,
    RECEIVED,
    INSPECTED,
    LOST;

    int rank() {
      return ordinal();
    }
  }

  public static boolean due(RefundTiming refundAt, boolean keepItems, Moment moment) {
    if (keepItems || moment == Moment.LOST) {
      return true;
    }
    Moment policy =
        switch (refundAt) {
          case APPROVAL -> Moment.APPROVED;
          case FIRST_SCAN -> Moment.FIRST_SCAN;
          case RECEIPT -> Moment.RECEIVED;
          case INSPECTION -> Moment.INSPECTED;
        };
    return moment.rank() >= policy.rank();
  }
}
