package org.returnport.it.community;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.returnport.access.AnyCaller;
import org.returnport.community.moderation.control.StoreModeration;
import org.returnport.tenancy.TenantScoped;

/**
 * Vouches for a member of the current store as a moderator would ({@code Moderation.trust}), for
 * tests whose members must post without waiting in the queue; deployed into the forum module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class Trusting {

  @Inject StoreModeration store;

  public void trust(long memberId) {
    store.standingToChange(memberId).trust();
  }
}
