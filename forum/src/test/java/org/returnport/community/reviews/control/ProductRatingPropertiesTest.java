package org.returnport.community.reviews.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.returnport.community.reviews.entity.Fit;
import org.returnport.community.reviews.entity.ProductRating;
import org.returnport.community.reviews.entity.Review;
import org.returnport.errors.RejectedException;

/**
 * Whatever members and moderators do to a product's reviews, in any order, its rating row stays
 * equal to a count of the reviews that are published: the page never shows a stale average.
 */
class ProductRatingPropertiesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  enum Kind {
    WRITE,
    WRITE_HELD,
    WITHDRAW,
    HIDE,
    DELETE,
    RESTORE
  }

  record Step(Kind kind, int member, int stars, Fit fit) {}

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(1, 5),
            Arbitraries.of(Fit.class).injectNull(0.3))
        .as(Step::new);
  }

  @Property(tries = 500)
  void ratingEqualsRecountAfterEveryStep(@ForAll @Size(max = 40) List<@From("steps") Step> steps) {
    ProductRating rating = new ProductRating("TEE-M", NOW);
    Map<Integer, Review> reviews = new HashMap<>();
    for (Step step : steps) {
      apply(rating, reviews, step);
      assertEqualsRecount(rating, new ArrayList<>(reviews.values()));
    }
  }

  private static void apply(ProductRating rating, Map<Integer, Review> reviews, Step step) {
    Review review = reviews.get(step.member());
    switch (step.kind()) {
      case WRITE, WRITE_HELD -> {
        boolean held = step.kind() == Kind.WRITE_HELD;
        Review.Content content = content(step);
        if (review == null) {
          Review written = new Review("TEE-M", step.member(), content, false, null, held, NOW);
          reviews.put(step.member(), written);
          Tally.added(rating, written, NOW);
        } else {
          try {
            Tally.change(rating, review, NOW, () -> review.edit(content, held, NOW));
          } catch (RejectedException takenDown) {
            assertThat(review.getState()).isIn(Review.State.HIDDEN, Review.State.DELETED);
          }
        }
      }
      case WITHDRAW -> {
        if (review != null) {
          try {
            Tally.change(rating, review, NOW, review::withdraw);
          } catch (RejectedException notShown) {
            assertThat(review.counts()).isFalse();
          }
        }
      }
      case HIDE -> {
        if (review != null) {
          Tally.change(rating, review, NOW, () -> review.hide("spam"));
        }
      }
      case DELETE -> {
        if (review != null) {
          Tally.change(rating, review, NOW, () -> review.delete("abuse"));
        }
      }
      case RESTORE -> {
        if (review != null) {
          Tally.change(rating, review, NOW, review::restore);
        }
      }
    }
  }

  private static Review.Content content(Step step) {
    return new Review.Content(
        step.stars(), "Title", "Text", "<p>Text</p>", "Text", step.fit(), List.of());
  }

  private static void assertEqualsRecount(ProductRating rating, List<Review> reviews) {
    List<Review> shown = reviews.stream().filter(Review::counts).toList();
    int[] histogram = new int[5];
    int[] fits = new int[3];
    long sum = 0;
    for (Review review : shown) {
      histogram[review.getStars() - 1]++;
      sum += review.getStars();
      if (review.getFit() != null) {
        fits[review.getFit().ordinal()]++;
      }
    }
    assertThat(rating.getReviewCount()).isEqualTo(shown.size());
    assertThat(rating.getStarSum()).isEqualTo(sum);
    assertThat(rating.histogram())
        .containsExactly(histogram[0], histogram[1], histogram[2], histogram[3], histogram[4]);
    assertThat(rating.fits()).containsExactly(fits[0], fits[1], fits[2]);
  }
}
