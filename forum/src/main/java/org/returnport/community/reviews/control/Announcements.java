package org.returnport.community.reviews.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.returnport.community.content.ContentChanged;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.community.reviews.entity.Review;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReviewPublished;
import org.returnport.events.ReviewWithdrawn;
import org.returnport.tenancy.CurrentTenant;

/**
 * Tells the rest of the product what happened to a review, in the transaction of the change:
 * loyalty and webhooks hear of publications and withdrawals, search and page caches of every
 * visible change.
 */
@Dependent
public class Announcements {

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  @Inject Event<ContentChanged> changes;

  /** The review's address below the store's pages. */
  public static String path(Review review) {
    return "reviews/" + review.getSku() + "#review-" + review.getId();
  }

  public void published(Review review, Instant now) {
    events.fire(
        new ReviewPublished(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            review.getId(),
            review.getAuthorMemberId(),
            review.getSku(),
            review.getStars(),
            review.isVerifiedPurchase(),
            review.isVerifiedReturn(),
            review.getVerifiedReturnId(),
            !review.getPhotoIds().isEmpty(),
            review.getRevision()));
    changed(review);
  }

  public void withdrawn(Review review, ReviewWithdrawn.Why why, Instant now) {
    events.fire(
        new ReviewWithdrawn(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            review.getId(),
            review.getAuthorMemberId(),
            review.getSku(),
            why));
    changed(review);
  }

  public void changed(Review review) {
    changes.fire(
        new ContentChanged(
            new ContentRef(ContentKind.REVIEW, review.getId()),
            review.counts(),
            review.getTitle(),
            review.getPlainText(),
            review.getAuthorMemberId(),
            review.getCreatedAt(),
            path(review)));
  }
}
