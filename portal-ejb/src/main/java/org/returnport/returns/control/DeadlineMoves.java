package org.returnport.returns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.events.DeadlinesMoved;
import org.returnport.events.DelayCause;
import org.returnport.events.DomainEvent;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.tenancy.CurrentTenant;

/**
 * Moves a return's deadlines later and says so everywhere: one entry on its timeline (in the
 * shopper's words), {@link DeadlinesMoved} for the event log, and through that the shopper's mail.
 * The caller holds the return's row lock.
 */
@Dependent
public class DeadlineMoves {

  @PersistenceContext EntityManager em;

  @Inject DeadlineMails mails;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  public void move(
      ReturnCase r, int days, DelayCause cause, String actor, String words, Instant now) {
    r.moveDeadlines(days, actor, mails.why(r, cause, days, words), now);
    em.flush();
    events.fire(
        new DeadlinesMoved(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            r.getId(),
            r.getRma(),
            days,
            cause,
            r.getShipBy(),
            r.getRefundBy()));
  }
}
