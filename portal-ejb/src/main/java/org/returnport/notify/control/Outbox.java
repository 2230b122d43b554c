package org.returnport.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.returnport.notify.entity.MailMessage;
import org.returnport.notify.entity.OutboxMessage;
import org.returnport.tenancy.CurrentTenant;

/**
 * Queues e-mails in the caller's transaction: they leave only if the change that caused them
 * commits, and nothing is lost if the mail server is down meanwhile.
 */
@Dependent
public class Outbox {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  /** A mail asked for directly (a link, an invitation), not caused by a domain event. */
  public void mail(MailMessage mail) {
    mail(UUID.randomUUID(), mail);
  }

  /**
   * The mail a domain event causes, under that event's id: the outbox takes one row per id, so the
   * same event cannot mail twice, and receivers see the id in the {@code X-Returnport-Event-Id}
   * header.
   */
  public void mail(UUID eventId, MailMessage mail) {
    String store = currentTenant.get().map(CurrentTenant.TenantRef::slug).orElse("-");
    em.persist(OutboxMessage.mail(eventId, store, mail, Instant.now()));
  }
}
