package org.returnport.members.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A member as the store sees them. {@code emailVerified} says whether Keycloak counts the address
 * as proved at the time of asking.
 */
public record MemberView(
    long id,
    String displayName,
    String email,
    String language,
    Instant joinedAt,
    boolean mailAboutReturns,
    boolean mailAboutCommunity,
    boolean mailAboutPoints,
    boolean emailVerified)
    implements Serializable {}
