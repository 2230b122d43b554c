package org.returnport.eventlog.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.returnport.eventlog.entity.EventLogEntry;
import org.returnport.events.DomainEvent;
import org.returnport.tenancy.CurrentTenant;

/**
 * Appends every domain event, of any type, to the store's event log in the transaction that fired
 * it: the entry exists exactly when the change it tells of was committed.
 */
@Dependent
public class EventLog {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  void append(@Observes DomainEvent event) {
    // The entry's store is the persistence context's; an event fired for another store would be
    // filed under the wrong one.
    if (!currentTenant.get().filter(event.tenant()::equals).isPresent()) {
      throw new IllegalStateException(
          event.type() + " fired for " + event.tenant().slug() + " outside its store");
    }
    em.persist(
        new EventLogEntry(
            event.eventId(), event.type(), event.occurredAt(), EventPayload.of(event)));
  }
}
