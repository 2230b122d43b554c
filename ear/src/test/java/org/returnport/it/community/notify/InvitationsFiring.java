package org.returnport.it.community.notify;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReturnClosed;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Fires {@link ReturnClosed} again for a store's return, as a repeated delivery of the event would,
 * in a transaction of the store; for the tests only, deployed into the EJB module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class InvitationsFiring {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public void closed(String rma) {
    ReturnCase r =
        em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
            .setParameter("rma", rma)
            .getSingleResult();
    events.fire(
        new ReturnClosed(
            currentTenant.get().orElseThrow(), UUID.randomUUID(), Instant.now(), r.getId(), rma));
  }
}
