package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A return was approved or rejected, by the policy at submit or by a person (staff in the console
 * or an integration key). Who exactly decided stays on the return, where it can be erased; the
 * event says only which kind of decider it was.
 */
public record ReturnDecided(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long returnId,
    String rma,
    Outcome outcome,
    DecidedBy decidedBy)
    implements DomainEvent {

  public enum Outcome {
    APPROVED,
    REJECTED
  }

  public enum DecidedBy {
    POLICY,
    STAFF
  }
}
