package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A member marked another member's community post (or review) helpful. Fired once per pair of
 * member and post: taking the mark back and giving it again does not fire again.
 */
public record PostMarkedHelpful(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    Kind kind,
    long contentId,
    long authorMemberId,
    long markedByMemberId)
    implements DomainEvent {

  /** What was marked. */
  public enum Kind {
    POST,
    REVIEW
  }
}
