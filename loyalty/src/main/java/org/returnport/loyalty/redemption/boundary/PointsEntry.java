package org.returnport.loyalty.redemption.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a member's points history: what it did to the balance and to the points on hold, and
 * how it explains itself (a message key of the pages' bundles and its arguments, formatted in the
 * reader's language), with the reason staff gave for an adjustment.
 */
public record PointsEntry(
    long id,
    String kind,
    long points,
    long pendingPoints,
    String messageKey,
    List<String> messageArgs,
    String reason,
    Instant createdAt)
    implements Serializable {}
