package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/** A published review stopped being visible: its author withdrew it, or a moderator hid it. */
public record ReviewWithdrawn(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long reviewId,
    long memberId,
    String sku,
    Why why)
    implements DomainEvent {

  /** Who took it down. */
  public enum Why {
    WITHDRAWN_BY_AUTHOR,
    HIDDEN_BY_MODERATOR,
    DELETED_BY_MODERATOR
  }
}
