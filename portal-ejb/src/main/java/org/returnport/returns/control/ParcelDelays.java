package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.returnport.events.ParcelScanned;
import org.returnport.returns.entity.ReturnCase;

/**
 * A carrier scan that reports a delay which is not the shopper's doing moves the return's send-by
 * and promised refund dates by the days of the delay, in the transaction of the scan. The parcels
 * feature fires each new scan once, so each delay moves the dates once. A delay reported after the
 * parcel reached the hub, or on a closed return, changes nothing.
 */
@Dependent
public class ParcelDelays {

  @PersistenceContext EntityManager em;

  @Inject DeadlineMoves moves;

  void scanned(@Observes ParcelScanned scan) {
    if (scan.delayDays() <= 0 || scan.delayCause() == null || scan.delayCause().shopperFault()) {
      return;
    }
    ReturnCase r = em.find(ReturnCase.class, scan.returnId(), LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      return;
    }
    int days = DeadlineRules.delayExtension(scan.delayDays(), scan.delayCause(), r.getStatus());
    if (days > 0) {
      moves.move(r, days, scan.delayCause(), null, scan.carrierWords(), scan.occurredAt());
    }
  }
}
