package org.returnport.loyalty.members.control;

import org.returnport.errors.RejectedException;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.entity.ProgramRules;

/**
 * What a staff member asked for on the adjustment form: points to add (positive) or remove
 * (negative), why, and the key the form was rendered with, so that a second submission of the same
 * form changes nothing.
 */
public record AdjustmentRequest(long points, String reason, String idempotencyKey) {

  /** The reason column's length. */
  public static final int REASON_MAX = 500;

  /** Room for "adjust/" in front of the key, within the ledger's key length. */
  public static final int KEY_MAX = Posting.MAX_KEY - "adjust/".length();

  /** The request with its reason trimmed, or the first thing wrong with it. */
  public AdjustmentRequest checked() {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new RejectedException("reason", "returnport.loyalty.adjust.reasonRequired");
    }
    if (why.length() > REASON_MAX) {
      throw new RejectedException("reason", "returnport.loyalty.adjust.reasonTooLong", REASON_MAX);
    }
    if (points == 0) {
      throw new RejectedException("points", "returnport.loyalty.adjust.zero");
    }
    if (Math.abs(points) > ProgramRules.MAX_POINTS) {
      throw new RejectedException(
          "points", "returnport.loyalty.adjust.tooMany", ProgramRules.MAX_POINTS);
    }
    if (idempotencyKey == null
        || idempotencyKey.isBlank()
        || idempotencyKey.length() > KEY_MAX
        || !idempotencyKey.matches("[A-Za-z0-9._:-]+")) {
      throw new RejectedException(null, "returnport.loyalty.adjust.badKey");
    }
    return new AdjustmentRequest(points, why, idempotencyKey);
  }

  /**
   * Refuses a removal that would take the balance below zero: a debt is what a claw-back leaves
   * after points were spent, never something staff create by hand.
   */
  public void requireCovered(long balance) {
    if (points < 0 && balance + points < 0) {
      throw new RejectedException(
          "points", "returnport.loyalty.adjust.belowZero", Math.max(0, balance));
    }
  }
}
