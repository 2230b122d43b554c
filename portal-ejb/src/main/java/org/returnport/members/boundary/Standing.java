package org.returnport.members.boundary;

import java.util.Optional;

/**
 * Where the signed-in person stands with the store's program: whether they are signed in, whether
 * their account's address is verified (asked of Keycloak at the time), and whether they joined.
 */
public record Standing(State state, String email, Optional<MemberView> member) {

  public enum State {
    SIGNED_OUT,
    UNVERIFIED,
    NOT_JOINED,
    MEMBER
  }
}
