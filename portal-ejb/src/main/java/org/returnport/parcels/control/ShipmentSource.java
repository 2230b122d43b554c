package org.returnport.parcels.control;

import java.util.Optional;
import org.returnport.logistics.entity.Shipment;

/**
 * The question parcels asks the returns feature: the parcel of an approved return as its papers
 * describe it, or nothing when the return sends nothing (keep-it, rejected, unknown). Returns
 * implements it, so that parcels never depends on returns.
 */
public interface ShipmentSource {

  Optional<Shipment> forReturn(long returnId);
}
