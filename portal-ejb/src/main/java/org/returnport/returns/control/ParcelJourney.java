package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.returnport.events.LabelReady;
import org.returnport.events.ParcelScanned;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;

/**
 * The return follows its parcel: every new carrier scan becomes an entry of the return's timeline,
 * and a scan that takes the return further moves it (never back, whatever order scans arrive in).
 * Observes synchronously, in the transaction that learnt of the scan, so the return and the scan
 * are recorded together or not at all.
 */
@Dependent
public class ParcelJourney {

  private static final Logger LOG = Logger.getLogger(ParcelJourney.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Event<ReturnMoved> moved;

  void scanned(@Observes ParcelScanned scan) {
    find(scan.returnId(), scan.rma())
        .ifPresent(
            returnCase -> {
              ReturnStatus before = returnCase.getStatus();
              returnCase.scanned(
                  scan.stage(), scan.carrierWords(), scan.location(), scan.scannedAt());
              em.flush();
              if (returnCase.getStatus() != before) {
                moved.fire(new ReturnMoved(returnCase, before, scan));
              }
            });
  }

  void labelReady(@Observes LabelReady label) {
    find(label.returnId(), label.rma())
        .ifPresent(
            returnCase ->
                returnCase.labelReady(label.carrier(), label.trackingNumber(), label.occurredAt()));
  }

  /**
   * The return of the event in the store the transaction is scoped to, locked so that a shopper's
   * cancel and a scan at the same moment happen one after the other.
   */
  private Optional<ReturnCase> find(long returnId, String rma) {
    ReturnCase returnCase = em.find(ReturnCase.class, returnId, LockModeType.PESSIMISTIC_WRITE);
    if (returnCase == null || !returnCase.getRma().equals(rma)) {
      // A parcel whose return this store does not have: the carrier's record stays with parcels.
      LOG.warning(() -> "no return " + rma + " (id " + returnId + ") in this store for its parcel");
      return Optional.empty();
    }
    return Optional.of(returnCase);
  }
}
