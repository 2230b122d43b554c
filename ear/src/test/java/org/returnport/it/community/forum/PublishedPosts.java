package org.returnport.it.community.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.returnport.community.forum.PostPublished;

/**
 * Keeps the PostPublished events the forum fires, per post id. Deployed into the forum's own EJB
 * module, whose events it observes.
 */
@ApplicationScoped
public class PublishedPosts {

  private static final Map<Long, List<PostPublished>> EVENTS = new ConcurrentHashMap<>();

  void published(@Observes PostPublished event) {
    EVENTS.computeIfAbsent(event.postId(), id -> new CopyOnWriteArrayList<>()).add(event);
  }

  public static List<PostPublished> of(long postId) {
    return EVENTS.getOrDefault(postId, List.of());
  }
}
