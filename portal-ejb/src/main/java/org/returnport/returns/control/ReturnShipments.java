package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.control.ShipmentSource;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Answers parcels' question: the parcel of an approved return that sends its items back, as its
 * papers describe it (see {@link ShipmentPapers}); nothing for a keep-it return or any other.
 */
@Dependent
public class ReturnShipments implements ShipmentSource {

  @PersistenceContext EntityManager em;

  @Inject ShipmentPapers papers;

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Override
  public Optional<Shipment> forReturn(long returnId) {
    ReturnCase returnCase = em.find(ReturnCase.class, returnId);
    if (returnCase == null
        || returnCase.isKeepItems()
        || returnCase.getStatus() != ReturnStatus.APPROVED) {
      return Optional.empty();
    }
    String storeName =
        currentTenant
            .get()
            .flatMap(tenant -> tenants.findBySlug(tenant.slug()))
            .map(Tenant::getDisplayName)
            .orElse("");
    return Optional.of(papers.of(returnCase, storeName));
  }
}
