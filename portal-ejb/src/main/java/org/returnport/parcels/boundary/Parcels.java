package org.returnport.parcels.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.control.Carrier;
import org.returnport.parcels.control.Carriers;
import org.returnport.parcels.entity.Parcel;
import org.returnport.parcels.entity.ParcelLabel;
import org.returnport.parcels.entity.ParcelScan;
import org.returnport.tenancy.TenantScoped;

/**
 * A return's parcel for pages: for staff by RMA, return id or tracking number (the hub scans
 * either), and for the shopper by the {@link Shipment} the returns boundary handed out after
 * checking their signed link (a shipment is only ever given to someone allowed to see the return).
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT, StaffRole.WAREHOUSE})
public class Parcels {

  @PersistenceContext EntityManager em;

  @Inject Carriers carriers;

  public Optional<ParcelView> ofReturn(long returnId) {
    return view(
        em.createNamedQuery(Parcel.FIND_BY_RETURN, Parcel.class)
            .setParameter("returnId", returnId)
            .getResultStream()
            .findFirst());
  }

  public Optional<ParcelView> ofRma(String rma) {
    return view(byRma(rma));
  }

  /** The parcel a carrier's tracking number names (as a scanner at the hub types it). */
  public Optional<ParcelView> byTrackingNumber(String trackingNumber) {
    if (trackingNumber == null || trackingNumber.isBlank()) {
      return Optional.empty();
    }
    return view(
        em.createNamedQuery(Parcel.FIND_BY_TRACKING, Parcel.class)
            .setParameter("trackingNumber", trackingNumber.strip())
            .getResultStream()
            .findFirst());
  }

  /** The carrier's label of a return's parcel, once booked. */
  public Optional<LabelDocument> label(String rma) {
    return byRma(rma).flatMap(this::label);
  }

  /** For the shopper's pages: the parcel of the shipment the returns boundary gave them. */
  @AnyCaller
  public Optional<ParcelView> forShipment(Shipment shipment) {
    return view(byRma(shipment.rma()));
  }

  /**
   * For the shopper's pages: the carrier's label of the shipment the returns boundary gave them.
   */
  @AnyCaller
  public Optional<LabelDocument> labelFor(Shipment shipment) {
    return byRma(shipment.rma()).flatMap(this::label);
  }

  private Optional<LabelDocument> label(Parcel parcel) {
    if (parcel.getTrackingNumber() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(ParcelLabel.class, parcel.getId()))
        .map(
            label ->
                new LabelDocument(
                    parcel.getTrackingNumber(), label.getMediaType(), label.getDocument()));
  }

  private Optional<Parcel> byRma(String rma) {
    if (rma == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Parcel.FIND_BY_RMA, Parcel.class)
        .setParameter("rma", rma.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private Optional<ParcelView> view(Optional<Parcel> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Parcel parcel = found.get();
    List<ParcelView.Scan> scans =
        em.createNamedQuery(ParcelScan.OF_PARCEL, ParcelScan.class)
            .setParameter("parcelId", parcel.getId())
            .getResultStream()
            .map(
                s ->
                    new ParcelView.Scan(
                        s.getStage(),
                        s.getScannedAt(),
                        s.getLocation(),
                        s.getCarrierWords(),
                        s.getCarrierCode(),
                        s.getDelayDays(),
                        s.getDelayCause()))
            .toList();
    return Optional.of(
        new ParcelView(
            parcel.getRma(),
            parcel.getCarrier(),
            carriers.find(parcel.getCarrier()).map(Carrier::name).orElse(parcel.getCarrier()),
            parcel.getState(),
            parcel.getTrackingNumber(),
            parcel.getStage(),
            parcel.getStageAt(),
            parcel.getDelayDays(),
            parcel.getTrackingNumber() != null,
            scans));
  }
}
