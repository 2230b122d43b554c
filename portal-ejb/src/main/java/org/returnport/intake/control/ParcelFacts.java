package org.returnport.intake.control;

import java.time.Instant;
import java.util.Optional;

/**
 * What the parcels feature knows that intake asks about: the return a tracking number belongs to,
 * and when the carrier expects to deliver a return's parcel. Intake works without an answer (an RMA
 * is always on the label, and arrivals are forecast from the return's own dates); once parcels
 * offers its boundary, a bean of this type in intake calls it, so that parcels never depends on
 * intake.
 */
public interface ParcelFacts {

  /** The RMA of the current store's return whose parcel carries this tracking number. */
  Optional<String> rmaByTracking(String trackingNumber);

  /** When the carrier expects to deliver the return's parcel to the hub, when it says so. */
  Optional<Instant> expectedDelivery(long returnId);
}
