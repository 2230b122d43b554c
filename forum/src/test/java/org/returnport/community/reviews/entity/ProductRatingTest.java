package org.returnport.community.reviews.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.returnport.community.reviews.entity.ProductRating.Contribution;

class ProductRatingTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void averageIsRoundedHalfUpToOneDecimal() {
    ProductRating cut = new ProductRating("SKU", NOW);
    cut.add(new Contribution(5, null), NOW);
    cut.add(new Contribution(4, null), NOW);
    cut.add(new Contribution(4, Fit.RUNS_SMALL), NOW);
    cut.add(new Contribution(4, Fit.RUNS_SMALL), NOW);

    assertThat(cut.average()).isEqualTo(new BigDecimal("4.3"));
    assertThat(cut.histogram()).containsExactly(0, 0, 0, 3, 1);
    assertThat(cut.fits()).containsExactly(2, 0, 0);
  }

  @Test
  void noReviewsAverageZero() {
    assertThat(new ProductRating("SKU", NOW).average()).isEqualTo(new BigDecimal("0.0"));
  }

  @Test
  void removingWhatWasNotCountedIsABug() {
    ProductRating cut = new ProductRating("SKU", NOW);
    cut.add(new Contribution(5, null), NOW);

    assertThatThrownBy(() -> cut.remove(new Contribution(1, null), NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void starsOutsideOneToFiveAreRefused() {
    assertThatThrownBy(() -> new ProductRating("SKU", NOW).add(new Contribution(6, null), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
