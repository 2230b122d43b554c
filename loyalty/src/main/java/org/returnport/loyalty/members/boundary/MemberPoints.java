package org.returnport.loyalty.members.boundary;

import java.time.Instant;
import org.returnport.policy.entity.LocalizedText;

/**
 * A member as the console lists them: who they are and their points. {@code tierName} is empty when
 * the member has no tier or the rules in force no longer name theirs (then {@code tierCode} shows).
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
    LocalizedText tierName,
    Instant lastActivityAt) {}
