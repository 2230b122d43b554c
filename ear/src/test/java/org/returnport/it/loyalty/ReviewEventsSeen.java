package org.returnport.it.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.returnport.events.ReviewPublished;

/**
 * Keeps the last {@link ReviewPublished} the application fired for each review, so that a test can
 * deliver that very event again. Deployed in the loyalty module, beside the observers it replays
 * to.
 */
@ApplicationScoped
public class ReviewEventsSeen {

  private static final Map<Long, ReviewPublished> LAST = new ConcurrentHashMap<>();

  void published(@Observes ReviewPublished event) {
    LAST.put(event.reviewId(), event);
  }

  public static ReviewPublished last(long reviewId) {
    ReviewPublished event = LAST.get(reviewId);
    if (event == null) {
      throw new IllegalStateException("no ReviewPublished seen for review " + reviewId);
    }
    return event;
  }
}
