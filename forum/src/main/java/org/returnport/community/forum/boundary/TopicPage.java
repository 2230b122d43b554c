package org.returnport.community.forum.boundary;

import java.util.List;
import org.returnport.community.forum.control.PageWindow;

/**
 * One page of a topic for its reader: the topic, its section, the window of post numbers shown, the
 * posts in it, and what the reader may do ({@code memberId} is 0 for a guest or someone who has not
 * joined the store; {@code moderator} says they may pin and lock).
 */
public record TopicPage(
    TopicSummary topic,
    CategoryView category,
    PageWindow window,
    List<PostView> posts,
    long memberId,
    boolean subscribed,
    boolean moderator,
    String description) {

  public boolean isMember() {
    return memberId != 0;
  }

  /** The address of another page of the topic. */
  public String pagePath(int page) {
    return topic.path() + (page > 1 ? "?page=" + page : "");
  }
}
