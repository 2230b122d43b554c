package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A message was added to a return's thread: by the shopper, or by the store as a message or as a
 * question that waits for the shopper. The words stay in the thread entry {@code messageId}, where
 * they can be erased.
 */
public record ReturnMessageSent(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    long messageId,
    From from,
    Kind kind)
    implements DomainEvent {

  public enum From {
    SHOPPER,
    STORE
  }

  public enum Kind {
    MESSAGE,
    QUESTION
  }
}
