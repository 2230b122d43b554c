package org.returnport.it.settlement;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.events.DomainEvent;
import org.returnport.events.PayoutDone;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.money.Money;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Answers a payout as its payer would (the refund worker, credit, exchange live on other branches):
 * fires {@link PayoutDone} in a transaction of the store, for the tests only.
 */
@Stateless
@TenantScoped
@AnyCaller
public class PayoutsFiring {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public UUID done(String rma, String key, PayoutMethod method, PayoutOutcome outcome, Money paid) {
    ReturnCase returnCase =
        em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
            .setParameter("rma", rma)
            .getSingleResult();
    UUID id = UUID.randomUUID();
    events.fire(
        new PayoutDone(
            currentTenant.get().orElseThrow(),
            id,
            Instant.now(),
            returnCase.getId(),
            rma,
            key,
            method,
            outcome,
            paid,
            outcome == PayoutOutcome.PAID ? "it-" + key : null));
    return id;
  }
}
