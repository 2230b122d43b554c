package org.returnport.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.returnport.returns.boundary.Incidents;
import org.returnport.returns.entity.Incident;
import org.returnport.web.tenancy.ShopperStore;

/** The banner of a store's shopper pages while an incident is on there. */
@Named
@RequestScoped
public class IncidentBanner {

  @Inject Incidents incidents;

  @Inject ShopperStore store;

  private List<Incident> current;

  public List<Incident> getIncidents() {
    if (current == null) {
      current = store.isPresent() ? incidents.current() : List.of();
    }
    return current;
  }
}
