package org.returnport.settlement.boundary;

import org.returnport.errors.RejectedException;

/**
 * A return that already has its settlement was asked to settle again (two agents at once, say):
 * refused with the reason, and the API answers it as a conflict rather than as bad input.
 */
public class AlreadySettledException extends RejectedException {

  public AlreadySettledException(String rma) {
    super(null, "returnport.settlement.already", rma);
  }
}
