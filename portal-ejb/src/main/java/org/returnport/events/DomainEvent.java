package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * Something that happened in a store, fired as a CDI event for any feature to observe. Observers
 * that change our own data run in the firing transaction; what leaves the process goes through the
 * outbox. An event carries ids and non-personal facts only: it is also kept in the store's
 * append-only event log, and personal data must stay erasable, so observers look the rest up.
 */
public interface DomainEvent {

  /** The store it happened in. */
  TenantRef tenant();

  /** Unique per event: the key that makes each of its effects happen once. */
  UUID eventId();

  Instant occurredAt();

  /** The name under which the event log and, later, webhooks know this kind of event. */
  default String type() {
    return getClass().getSimpleName();
  }
}
