package org.returnport.returns.control;

import org.returnport.events.ParcelScanned;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;

/**
 * A carrier scan moved a return on (to in transit, delivered or lost). Fired inside the returns
 * feature only, in the transaction of the scan, for what follows from the move itself (the
 * shopper's mails); the scan is what the event log keeps.
 */
public record ReturnMoved(ReturnCase returnCase, ReturnStatus from, ParcelScanned scan) {

  public ReturnStatus to() {
    return returnCase.getStatus();
  }
}
