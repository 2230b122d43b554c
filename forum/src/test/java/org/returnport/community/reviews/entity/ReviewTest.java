package org.returnport.community.reviews.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.errors.RejectedException;

class ReviewTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static Review.Content content(int stars, Fit fit, List<Long> photos) {
    return new Review.Content(stars, "Title", "Text", "<p>Text</p>", "Text", fit, photos);
  }

  @Test
  void writingAgainEditsTheSameReviewAndCountsTheRevision() {
    Review cut =
        new Review("TEE", 7, content(2, Fit.RUNS_SMALL, List.of()), true, null, false, NOW);

    cut.edit(content(4, Fit.TRUE_TO_SIZE, List.of(11L, 12L)), false, NOW.plusSeconds(60));

    assertThat(cut.getRevision()).isEqualTo(2);
    assertThat(cut.getStars()).isEqualTo(4);
    assertThat(cut.getPhotoIds()).containsExactly(11L, 12L);
    assertThat(cut.getEditedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(cut.counts()).isTrue();
  }

  @Test
  void aReviewAModeratorTookDownCannotBeEditedOrWithdrawnByItsAuthor() {
    Review cut = new Review("TEE", 7, content(1, null, List.of()), false, null, false, NOW);
    assertThat(cut.hide("spam")).isTrue();

    assertThatThrownBy(() -> cut.edit(content(5, null, List.of()), false, NOW))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("community.review.takenDown");
    assertThatThrownBy(cut::withdraw).isInstanceOf(RejectedException.class);
    assertThat(cut.getStars()).isEqualTo(1);
    assertThat(cut.getStateReason()).isEqualTo("spam");
  }

  @Test
  void aClosedReturnAddsBothBadgesOnceAndNamesTheReturn() {
    Review cut = new Review("TEE", 7, content(3, null, List.of()), false, null, false, NOW);

    assertThat(cut.returned(42)).isTrue();
    assertThat(cut.returned(43)).isFalse();

    assertThat(cut.isVerifiedPurchase()).isTrue();
    assertThat(cut.getVerifiedReturnId()).isEqualTo(42L);
  }

  @Test
  void aHeldReviewWaitsAndTheModeratorPublishesIt() {
    Review cut = new Review("TEE", 7, content(3, null, List.of()), false, null, true, NOW);
    assertThat(cut.counts()).isFalse();

    assertThat(cut.restore()).isTrue();
    assertThat(cut.counts()).isTrue();
    assertThat(cut.restore()).as("nothing to restore").isFalse();
  }
}
