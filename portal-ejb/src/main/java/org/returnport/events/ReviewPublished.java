package org.returnport.events;

import java.time.Instant;
import java.util.UUID;
import org.returnport.tenancy.CurrentTenant.TenantRef;

/**
 * A member's product review became visible to everyone: first published, republished after an edit,
 * approved by a moderator or restored. {@code verifiedReturn} names the closed return that earned
 * the badge ({@code returnId}, else null); {@code revision} counts the member's edits of this
 * review, so that an award can tell the first publication from later ones.
 */
public record ReviewPublished(
    TenantRef tenant,
    UUID eventId,
    Instant occurredAt,
    long reviewId,
    long memberId,
    String sku,
    int stars,
    boolean verifiedPurchase,
    boolean verifiedReturn,
    Long returnId,
    boolean withPhotos,
    int revision)
    implements DomainEvent {}
