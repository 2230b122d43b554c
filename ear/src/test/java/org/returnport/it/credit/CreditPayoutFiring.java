package org.returnport.it.credit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.credit.boundary.Credits;
import org.returnport.credit.control.CreditCode;
import org.returnport.credit.entity.CreditAccount;
import org.returnport.events.DomainEvent;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Announces a payout of a store's return as the settlement does (in a transaction of the store,
 * after looking the return up by its RMA), and moves a card's expiry into the past, for the tests
 * only: deployed into the EJB module, where the credit feature observes the events.
 */
@Stateless
@TenantScoped
@AnyCaller
public class CreditPayoutFiring {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  @Inject Credits credits;

  public UUID due(String rma, String payoutKey, PayoutMethod method, Money amount, Money bonus) {
    ReturnCase returnCase =
        em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
            .setParameter("rma", rma)
            .getSingleResult();
    UUID id = UUID.randomUUID();
    events.fire(
        new PayoutDue(
            currentTenant.get().orElseThrow(),
            id,
            Instant.now(),
            returnCase.getId(),
            returnCase.getRma(),
            payoutKey,
            method,
            amount,
            bonus));
    return id;
  }

  /** Lets the card with this code expire a second ago, then runs the store's daily expiry. */
  public int expire(String code) {
    String hash = CreditCode.hash(CreditCode.normalize(code).orElseThrow());
    CreditAccount account =
        em.createNamedQuery(CreditAccount.BY_CODE, CreditAccount.class)
            .setParameter("hash", hash)
            .getSingleResult();
    account.extendTo(java.util.Optional.of(Instant.now().minusSeconds(1)));
    em.flush();
    return credits.expireDue(Instant.now());
  }

  /** Lets the card with this code expire a second ago, without the daily run. */
  public void age(String code) {
    String hash = CreditCode.hash(CreditCode.normalize(code).orElseThrow());
    em.createNamedQuery(CreditAccount.BY_CODE, CreditAccount.class)
        .setParameter("hash", hash)
        .getSingleResult()
        .extendTo(java.util.Optional.of(Instant.now().minusSeconds(1)));
  }
}
