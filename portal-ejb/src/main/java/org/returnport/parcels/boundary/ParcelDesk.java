package org.returnport.parcels.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.events.DomainEvent;
import org.returnport.events.LabelReady;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.control.Carrier;
import org.returnport.parcels.control.ParcelJournal;
import org.returnport.parcels.control.ShipmentSource;
import org.returnport.parcels.entity.CarrierScan;
import org.returnport.parcels.entity.CarrierTask;
import org.returnport.parcels.entity.Parcel;
import org.returnport.parcels.entity.ParcelLabel;
import org.returnport.parcels.entity.ParcelScan;
import org.returnport.parcels.entity.ParcelState;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The steps of the carrier work for one store, each a short transaction around a carrier call the
 * worker makes in between ({@link CarrierWorker} acts for the store as the server). An
 * administrator could take the same steps by hand.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class ParcelDesk {

  @PersistenceContext EntityManager em;

  @Inject ShipmentSource shipments;

  @Inject ParcelJournal journal;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /** What to book, while the parcel still waits for its booking. */
  public Optional<BookingOrder> toBook(long parcelId) {
    Parcel parcel = em.find(Parcel.class, parcelId);
    if (parcel == null || parcel.getState() != ParcelState.BOOKING) {
      return Optional.empty();
    }
    return shipments
        .forReturn(parcel.getReturnId())
        .map(
            shipment ->
                new BookingOrder(
                    parcel.getCarrier(),
                    shipment,
                    currentTenant.get().orElseThrow().slug() + "/" + parcel.getId()));
  }

  /**
   * The carrier booked the parcel: its tracking number and label are kept, polling starts for a
   * carrier that is polled, and {@link LabelReady} is fired. Answers false when the return was
   * cancelled meanwhile: then the booking has to be cancelled at the carrier.
   */
  public boolean booked(long parcelId, Carrier.Booking booking, boolean polled, Instant now) {
    Parcel parcel = em.find(Parcel.class, parcelId, LockModeType.PESSIMISTIC_WRITE);
    if (parcel == null || parcel.getState() != ParcelState.BOOKING) {
      return false;
    }
    parcel.booked(booking.trackingNumber(), now);
    em.persist(new ParcelLabel(parcel.getId(), booking.mediaType(), booking.label()));
    if (polled) {
      em.persist(
          new CarrierTask(
              currentTenant.get().orElseThrow().slug(),
              parcel.getId(),
              CarrierTask.Kind.POLL,
              now));
    }
    em.flush();
    events.fire(
        new LabelReady(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            parcel.getReturnId(),
            parcel.getRma(),
            parcel.getCarrier(),
            booking.trackingNumber()));
    return true;
  }

  /** The carrier refused the booking; for good, the parcel stays unbooked with the reason. */
  public void bookingFailed(long parcelId, String why, boolean forGood) {
    Parcel parcel = em.find(Parcel.class, parcelId);
    if (parcel != null && parcel.getState() == ParcelState.BOOKING) {
      parcel.bookingFailed(why, forGood);
    }
  }

  /** The carrier and tracking number to read, while the parcel is on its way. */
  public Optional<Tracked> toTrack(long parcelId) {
    Parcel parcel = em.find(Parcel.class, parcelId);
    if (parcel == null || parcel.getTrackingNumber() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Tracked(parcel.getCarrier(), parcel.getTrackingNumber(), parcel.isSettled()));
  }

  /** Takes in what the carrier said; answers whether the parcel's journey is over. */
  public boolean tracked(long parcelId, List<CarrierScan> scans, Instant now) {
    Parcel parcel = em.find(Parcel.class, parcelId, LockModeType.PESSIMISTIC_WRITE);
    if (parcel == null) {
      return true;
    }
    journal.ingest(parcel, scans, ParcelScan.Source.POLL, now);
    return parcel.isSettled();
  }

  /** What the worker needs to book a parcel. */
  public record BookingOrder(String carrier, Shipment shipment, String bookingKey) {}

  /** A parcel to follow. */
  public record Tracked(String carrier, String trackingNumber, boolean settled) {}
}
