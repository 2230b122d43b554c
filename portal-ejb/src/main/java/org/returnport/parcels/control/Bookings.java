package org.returnport.parcels.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.returnport.events.ReturnCancelled;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnExpired;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.entity.CarrierTask;
import org.returnport.parcels.entity.Parcel;
import org.returnport.tenancy.CurrentTenant;

/**
 * Asks for a parcel's booking when a return that sends something is approved, and for its
 * cancellation when the return is cancelled or expires, in the transaction of that change: the
 * carrier is called later by the worker ({@code CarrierWorker}), so an approval never waits for a
 * carrier and nothing is lost when one is down. A return whose hub names a carrier Returnport
 * cannot book with keeps the store's own label.
 */
@Dependent
public class Bookings {

  @PersistenceContext EntityManager em;

  @Inject ShipmentSource shipments;

  @Inject Carriers carriers;

  @Inject CurrentTenant currentTenant;

  private final Clock clock = Clock.systemUTC();

  void approved(@Observes ReturnDecided decided) {
    if (decided.outcome() != ReturnDecided.Outcome.APPROVED
        || parcelOf(decided.returnId()).isPresent()) {
      return;
    }
    Optional<Shipment> shipment = shipments.forReturn(decided.returnId());
    Optional<Carrier> carrier = shipment.flatMap(s -> carriers.find(s.carrier()));
    if (carrier.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Parcel parcel = new Parcel(decided.returnId(), decided.rma(), carrier.get().code(), now);
    em.persist(parcel);
    em.flush();
    em.persist(new CarrierTask(store(), parcel.getId(), CarrierTask.Kind.BOOK, now));
  }

  void cancelled(@Observes ReturnCancelled cancelled) {
    cancel(cancelled.returnId());
  }

  void expired(@Observes ReturnExpired expired) {
    cancel(expired.returnId());
  }

  private void cancel(long returnId) {
    Optional<Parcel> parcel = parcelOf(returnId);
    Instant now = clock.instant();
    if (parcel.isPresent() && parcel.get().cancel(now)) {
      em.persist(new CarrierTask(store(), parcel.get().getId(), CarrierTask.Kind.CANCEL, now));
    }
  }

  private Optional<Parcel> parcelOf(long returnId) {
    return em.createNamedQuery(Parcel.FIND_BY_RETURN, Parcel.class)
        .setParameter("returnId", returnId)
        .getResultStream()
        .findFirst();
  }

  private String store() {
    return currentTenant.get().orElseThrow().slug();
  }
}
