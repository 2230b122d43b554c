package org.returnport.community.notifications.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.returnport.community.notifications.entity.Notification.Kind;

/**
 * Who hears of a new post, and why: the members it mentions, the author of the topic it replies in,
 * and the topic's subscribers. Each member once, for the most personal reason (a mention, then a
 * reply to their topic, then a subscription); never the post's own author.
 */
public final class NotificationRecipients {

  private NotificationRecipients() {}

  public static Map<Long, Kind> forPost(
      long author,
      long topicAuthor,
      boolean firstPost,
      Collection<Long> subscribers,
      Collection<Long> mentioned) {
    Map<Long, Kind> out = new LinkedHashMap<>();
    for (Long member : mentioned) {
      out.putIfAbsent(member, Kind.MENTION);
    }
    if (!firstPost) {
      out.putIfAbsent(topicAuthor, Kind.REPLY);
      for (Long member : subscribers) {
        out.putIfAbsent(member, Kind.SUBSCRIBED);
      }
    }
    out.remove(author);
    return out;
  }
}
