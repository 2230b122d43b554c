package org.returnport.parcels.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.returnport.events.DomainEvent;
import org.returnport.events.ParcelScanned;
import org.returnport.parcels.entity.CarrierScan;
import org.returnport.parcels.entity.Parcel;
import org.returnport.parcels.entity.ParcelScan;
import org.returnport.tenancy.CurrentTenant;

/**
 * Takes a carrier's scans of a parcel in, whatever way they came: each scan is stored once (by its
 * key), moves the parcel on only when it is further along, and is told once as {@link
 * ParcelScanned}. The caller holds the parcel's row lock, so two deliveries about one parcel are
 * taken in one after the other.
 */
@Dependent
public class ParcelJournal {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /** Answers the scans that were new, in the carrier's order. */
  public List<CarrierScan> ingest(
      Parcel parcel, List<CarrierScan> scans, ParcelScan.Source source, Instant now) {
    Set<String> seen =
        new HashSet<>(
            em.createNamedQuery(ParcelScan.KEYS_OF_PARCEL, String.class)
                .setParameter("parcelId", parcel.getId())
                .getResultList());
    List<CarrierScan> fresh = new ArrayList<>();
    for (CarrierScan scan : scans.stream().sorted(Comparator.comparing(CarrierScan::at)).toList()) {
      if (seen.add(scan.key())) {
        fresh.add(scan);
        em.persist(new ParcelScan(parcel.getId(), scan, source, now));
        parcel.apply(scan);
      }
    }
    if (fresh.isEmpty()) {
      return fresh;
    }
    em.flush();
    for (CarrierScan scan : fresh) {
      events.fire(
          new ParcelScanned(
              currentTenant.get().orElseThrow(),
              UUID.randomUUID(),
              now,
              parcel.getReturnId(),
              parcel.getRma(),
              parcel.getCarrier(),
              parcel.getTrackingNumber(),
              scan.stage(),
              scan.at(),
              scan.location(),
              scan.words(),
              scan.delayDays(),
              scan.delayCause()));
    }
    return fresh;
  }
}
