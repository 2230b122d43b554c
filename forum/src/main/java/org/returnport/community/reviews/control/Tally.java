package org.returnport.community.reviews.control;

import java.time.Instant;
import java.util.Optional;
import org.returnport.community.reviews.entity.ProductRating;
import org.returnport.community.reviews.entity.ProductRating.Contribution;
import org.returnport.community.reviews.entity.Review;

/**
 * Keeps a product's rating equal to a count of its published reviews: every change of a review goes
 * through here, which takes out what the review added before and adds what it adds after.
 */
public final class Tally {

  private Tally() {}

  /** Runs the change of the review and moves the rating along with it. */
  public static void change(ProductRating rating, Review review, Instant now, Runnable change) {
    Optional<Contribution> before = counted(review);
    change.run();
    apply(rating, before, counted(review), now);
  }

  /** A review just written: it had nothing in the rating before. */
  public static void added(ProductRating rating, Review review, Instant now) {
    apply(rating, Optional.empty(), counted(review), now);
  }

  static Optional<Contribution> counted(Review review) {
    return review.counts() ? Optional.of(review.contribution()) : Optional.empty();
  }

  static void apply(
      ProductRating rating,
      Optional<Contribution> before,
      Optional<Contribution> after,
      Instant now) {
    if (before.equals(after)) {
      return;
    }
    before.ifPresent(contribution -> rating.remove(contribution, now));
    after.ifPresent(contribution -> rating.add(contribution, now));
  }
}
