package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.returnport.community.content.ContentKind;
import org.returnport.community.moderation.ModerationDecision;
import org.returnport.community.reviews.entity.Review;
import org.returnport.events.ReviewWithdrawn;

/**
 * Carries out a moderator's decision about a review, in the decision's transaction: the only way a
 * review leaves the product's page other than its author's withdrawal. Nothing here looks at the
 * stars: a review is never taken down for being negative.
 */
@Dependent
public class ReviewModeration {

  @PersistenceContext EntityManager em;

  @Inject Ratings ratings;

  @Inject Announcements announcements;

  private final Clock clock = Clock.systemUTC();

  void decided(@Observes ModerationDecision decision) {
    if (decision.ref().kind() != ContentKind.REVIEW) {
      return;
    }
    Review review = em.find(Review.class, decision.ref().id());
    if (review == null) {
      return;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    boolean wasShown = review.counts();
    boolean[] changed = new boolean[1];
    Tally.change(
        ratings.forChange(review.getSku(), now),
        review,
        now,
        () ->
            changed[0] =
                switch (decision.action()) {
                  case APPROVE, RESTORE -> review.restore();
                  case HIDE, REJECT -> review.hide(decision.reason());
                  case DELETE -> review.delete(decision.reason());
                });
    if (!changed[0]) {
      return;
    }
    em.flush();
    if (review.counts()) {
      announcements.published(review, now);
    } else if (wasShown) {
      announcements.withdrawn(
          review,
          review.getState() == Review.State.DELETED
              ? ReviewWithdrawn.Why.DELETED_BY_MODERATOR
              : ReviewWithdrawn.Why.HIDDEN_BY_MODERATOR,
          now);
    } else {
      announcements.changed(review);
    }
  }
}
