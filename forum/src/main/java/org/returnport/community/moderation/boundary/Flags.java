package org.returnport.community.moderation.boundary;

import jakarta.ejb.Stateless;
import org.returnport.access.AnyCaller;
import org.returnport.community.content.ContentRef;
import org.returnport.tenancy.TenantScoped;

/**
 * Members report a post or review to the store's moderators, with a reason: the item joins the
 * moderation queue. Only signed-in members of the store may flag; each member flags an item once.
 */
@Stateless
@TenantScoped
public class Flags {

  /** Reasons a member can choose; each has a translated label ({@code community.flag.<code>}). */
  public enum Reason {
    SPAM,
    ABUSIVE,
    OFF_TOPIC,
    PERSONAL_DATA,
    OTHER
  }

  /** Flags an item of the current store for the signed-in member, with an optional note. */
  @AnyCaller
  public void flag(ContentRef ref, Reason reason, String note) {
    throw new UnsupportedOperationException("moderation is being built");
  }
}
