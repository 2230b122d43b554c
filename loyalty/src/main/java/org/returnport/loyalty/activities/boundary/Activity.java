package org.returnport.loyalty.activities.boundary;

import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.entity.ProgramRules;

/**
 * One of the store's own events that earns a member points (a purchase in the shop, a birthday, a
 * survey answered): the member by id or by e-mail address, the points, the store's id of the event
 * (the idempotency key: the same id again awards nothing) and the label the member reads on their
 * history.
 */
public record Activity(Long memberId, String email, long points, String externalId, String label) {

  /**
   * Of a ledger key's length, what the store's id may use (the 9 of {@code activity/} go first).
   */
  public static final int EXTERNAL_ID_MAX = Posting.MAX_KEY - 9;

  public static final int LABEL_MAX = 120;

  public static final int POINTS_MAX = ProgramRules.MAX_POINTS;

  /** The ledger key of the event. */
  public String key() {
    return "activity/" + externalId;
  }
}
