package org.returnport.it.deadlines;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelScanned;
import org.returnport.events.ParcelStage;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * In the EJB module, for the tests only: fires a carrier scan of a return as the parcels feature
 * does (in a transaction of the store), and reads a return's status, dates and timeline.
 */
@Stateless
@TenantScoped
@AnyCaller
public class DeadlinesProbe {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<ParcelScanned> scans;

  public void scan(String rma, int delayDays, DelayCause cause, String words) {
    ReturnCase r = find(rma);
    Instant now = Instant.now();
    scans.fire(
        new ParcelScanned(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            r.getId(),
            r.getRma(),
            "DHL",
            "JD" + r.getId(),
            ParcelStage.DELAYED,
            now,
            "Paris",
            words,
            delayDays,
            cause));
  }

  public JsonObject describe(String rma) {
    ReturnCase r = find(rma);
    JsonArrayBuilder timeline = Json.createArrayBuilder();
    for (ReturnEvent e : r.getEvents()) {
      timeline.add(
          Json.createObjectBuilder()
              .add("kind", e.getKind().name())
              .add("text", e.getText() == null ? "" : e.getText()));
    }
    return Json.createObjectBuilder()
        .add("status", r.getStatus().name())
        .add("shipBy", String.valueOf(r.getShipBy()))
        .add("refundBy", String.valueOf(r.getRefundBy()))
        .add("timeline", timeline)
        .build();
  }

  private ReturnCase find(String rma) {
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma)
        .getSingleResult();
  }
}
