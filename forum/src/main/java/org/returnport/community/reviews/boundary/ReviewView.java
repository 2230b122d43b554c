package org.returnport.community.reviews.boundary;

import java.time.Instant;
import java.util.List;
import org.returnport.community.reviews.entity.Fit;
import org.returnport.community.reviews.entity.Review;

/**
 * A review as pages, the API and the widget show it. {@code html} is the stored safe rendering;
 * {@code author} the member's display name (null for a member who left); {@code edited} whether
 * older versions exist. {@code state} and {@code stateReason} matter only to the author and staff.
 */
public record ReviewView(
    long id,
    String sku,
    String author,
    int stars,
    String title,
    String html,
    String markdown,
    Fit fit,
    List<Long> photoIds,
    boolean verifiedPurchase,
    boolean verifiedReturn,
    int helpfulCount,
    int revision,
    String reply,
    Instant repliedAt,
    Instant createdAt,
    Instant editedAt,
    Review.State state,
    String stateReason) {

  public boolean edited() {
    return revision > 1;
  }

  /** Neither badge: the page marks it as not verified. */
  public boolean unverified() {
    return !verifiedPurchase && !verifiedReturn;
  }

  public boolean withPhotos() {
    return !photoIds.isEmpty();
  }

  static ReviewView of(Review review, String author) {
    return new ReviewView(
        review.getId(),
        review.getSku(),
        author,
        review.getStars(),
        review.getTitle(),
        review.getHtml(),
        review.getMarkdown(),
        review.getFit(),
        review.getPhotoIds(),
        review.isVerifiedPurchase(),
        review.isVerifiedReturn(),
        review.getHelpfulCount(),
        review.getRevision(),
        review.getReplyText(),
        review.getRepliedAt(),
        review.getCreatedAt(),
        review.getEditedAt(),
        review.getState(),
        review.getStateReason());
  }
}
