package org.returnport.it.returns;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.events.DelayCause;
import org.returnport.events.DomainEvent;
import org.returnport.events.LabelReady;
import org.returnport.events.ParcelScanned;
import org.returnport.events.ParcelStage;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Fires the parcel's events for a store's return as the carriers' side does (in a transaction of
 * the store, after looking the return up by its RMA), for the tests only: deployed into the EJB
 * module, where the returns feature observes them.
 */
@Stateless
@TenantScoped
@AnyCaller
public class ParcelEventsFiring {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public UUID label(String rma, String carrier, String trackingNumber) {
    ReturnCase returnCase = find(rma);
    UUID id = UUID.randomUUID();
    events.fire(
        new LabelReady(
            currentTenant.get().orElseThrow(),
            id,
            Instant.now(),
            returnCase.getId(),
            returnCase.getRma(),
            carrier,
            trackingNumber));
    return id;
  }

  public UUID scan(
      String rma, ParcelStage stage, Instant scannedAt, String location, String carrierWords) {
    ReturnCase returnCase = find(rma);
    UUID id = UUID.randomUUID();
    events.fire(
        new ParcelScanned(
            currentTenant.get().orElseThrow(),
            id,
            Instant.now(),
            returnCase.getId(),
            returnCase.getRma(),
            "DHL",
            "JD" + returnCase.getId(),
            stage,
            scannedAt,
            location,
            carrierWords,
            0,
            DelayCause.OTHER));
    return id;
  }

  private ReturnCase find(String rma) {
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma)
        .getSingleResult();
  }
}
