package org.returnport.loyalty.members.boundary;

import java.time.Instant;

/**
 * A member as the console lists them: who they are and their points; {@code tierCode} is null until
 * the member reaches a tier.
 */
public record MemberPoints(
    long memberId,
    String name,
    String email,
    Instant joinedAt,
    long balance,
    long pending,
    long debt,
    String tierCode,
    Instant lastActivityAt) {}
