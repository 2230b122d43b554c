package org.returnport.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

  public void mail(MailMessage mail) {
    String store = currentTenant.get().map(CurrentTenant.TenantRef::slug).orElse("-");
    em.persist(OutboxMessage.mail(store, mail, Instant.now()));
  }
}
