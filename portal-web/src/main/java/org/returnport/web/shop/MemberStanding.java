package org.returnport.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.returnport.members.boundary.MemberHistory;
import org.returnport.members.boundary.Members;
import org.returnport.members.boundary.Standing;

/**
 * Where the signed-in person stands in this store, and their orders and returns, asked of the
 * boundary at most once per request (Keycloak is asked whether the address is verified each time),
 * and again after a change.
 */
@RequestScoped
public class MemberStanding {

  @Inject Members members;

  private Standing standing;
  private MemberHistory history;

  public Standing get() {
    if (standing == null) {
      standing = members.standing();
    }
    return standing;
  }

  public MemberHistory history() {
    if (history == null) {
      history = members.history();
    }
    return history;
  }

  /** Something changed: ask again. */
  public void changed() {
    standing = null;
    history = null;
  }
}
