package org.returnport.community.moderation;

import org.returnport.community.content.ContentRef;

/**
 * A moderator decided about a post or review: fired synchronously by moderation, in the decision's
 * transaction; the feature that owns the content ({@code forum} for posts, {@code reviews} for
 * reviews) observes it and changes the content's state. {@code reason} is shown to the author.
 */
public record ModerationDecision(ContentRef ref, Action action, String reason, String moderator) {

  /** What happens to the content. */
  public enum Action {
    /** A held post or review is published. */
    APPROVE,
    /** A held post or review is turned down; its author sees the reason. */
    REJECT,
    HIDE,
    RESTORE,
    DELETE
  }
}
