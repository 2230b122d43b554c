package org.returnport.community.forum.boundary;

import java.time.Instant;
import org.returnport.community.forum.entity.Post.State;

/**
 * A post as its reader may see it. {@code html} is the stored safe rendering, null when the reader
 * may not see the text (another member's hidden post: a placeholder is shown instead); {@code
 * stateReason} is shown to its author only. {@code mine} and {@code markedHelpful} are about the
 * signed-in member reading.
 */
public record PostView(
    long id,
    int number,
    long authorMemberId,
    String authorName,
    String html,
    State state,
    String stateReason,
    int helpfulCount,
    Instant createdAt,
    boolean mine,
    boolean markedHelpful,
    String path) {

  public boolean isVisible() {
    return state == State.PUBLISHED;
  }

  /** Whether the reader sees a placeholder instead of the text. */
  public boolean isWithheld() {
    return html == null;
  }
}
