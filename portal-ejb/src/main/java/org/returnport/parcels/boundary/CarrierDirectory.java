package org.returnport.parcels.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.returnport.parcels.control.Carriers;

/**
 * The carriers Returnport can book with, for the policy editor: a hub that names one of these codes
 * gets booked labels and tracking; any other name keeps the store's own label.
 */
@ApplicationScoped
public class CarrierDirectory {

  @Inject Carriers carriers;

  public List<Entry> all() {
    return carriers.all().stream().map(c -> new Entry(c.code(), c.name())).toList();
  }

  /** A carrier's code and name (pages call the accessors: EL 5 reads no record properties). */
  public record Entry(String code, String name) {}
}
