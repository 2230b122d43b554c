package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.money.Money;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A member turned points into something to spend: store credit or a discount code worth {@code
 * value}. {@code reference} is the credit's or code's last four characters, never the whole code.
 */
public record PointsRedeemed(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long memberId,
    long points,
    Reward reward,
    Money value,
    String reference,
    long balance)
    implements DomainEvent {

  /** What the points became. */
  public enum Reward {
    STORE_CREDIT,
    DISCOUNT_CODE
  }
}
