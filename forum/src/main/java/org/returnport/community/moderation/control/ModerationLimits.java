package org.returnport.community.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.community.moderation.entity.CommunityStanding.Trust;
import org.returnport.limits.entity.RateLimit;

/**
 * How much a member may write in a while, by trust: stricter for new accounts, which is where
 * floods come from. Set by the operator like the other limits ({@code
 * RETURNPORT_LIMITS_COMMUNITY_NEW_POSTS}, {@code RETURNPORT_LIMITS_COMMUNITY_BASIC_POSTS}, {@code
 * RETURNPORT_LIMITS_COMMUNITY_WINDOW}).
 */
@ApplicationScoped
public class ModerationLimits {

  @Inject
  @ConfigProperty(name = "returnport.limits.community.new.posts", defaultValue = "3")
  int newPosts;

  @Inject
  @ConfigProperty(name = "returnport.limits.community.basic.posts", defaultValue = "20")
  int basicPosts;

  @Inject
  @ConfigProperty(name = "returnport.limits.community.window", defaultValue = "PT10M")
  String window;

  @Inject
  @ConfigProperty(name = "returnport.limits.community.flags", defaultValue = "20")
  int flags;

  /** Posts and reviews a member of this trust may write per window, in one store. */
  public RateLimit posts(Trust trust) {
    return trust == Trust.NEW
        ? new RateLimit("community-posts-new", newPosts, Duration.parse(window))
        : new RateLimit("community-posts", basicPosts, Duration.parse(window));
  }

  /** Flags a member may send per window, so that nobody buries the queue. */
  public RateLimit flags() {
    return new RateLimit("community-flags", flags, Duration.parse(window));
  }
}
