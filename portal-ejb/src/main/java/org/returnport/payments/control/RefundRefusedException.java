package org.returnport.payments.control;

import org.returnport.errors.RejectedException;

/**
 * A refund the refund machine will not send: of nothing or less, in a currency other than the
 * order's, or above what is left of what was paid. Nothing is written and the payout's transaction
 * is rolled back.
 */
public class RefundRefusedException extends RejectedException {

  private static final long serialVersionUID = 1L;

  public RefundRefusedException(String messageKey, Object... arguments) {
    super("amount", messageKey, arguments);
  }
}
