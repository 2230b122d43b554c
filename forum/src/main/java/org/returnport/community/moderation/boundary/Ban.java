package org.returnport.community.moderation.boundary;

import java.time.Instant;

/** A member barred from writing in the store's community: until when (null: for good) and why. */
public record Ban(
    long memberId, String memberName, Instant bannedAt, Instant until, String reason, String by) {}
