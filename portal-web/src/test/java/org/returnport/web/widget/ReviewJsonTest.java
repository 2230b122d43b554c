package org.returnport.web.widget;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.returnport.community.reviews.boundary.RatingView;
import org.returnport.community.reviews.boundary.ReviewView;
import org.returnport.community.reviews.entity.Review;

class ReviewJsonTest {

  private static final String HOSTILE = "</script><script>alert(1)</script> & <!--";

  private static final RatingView RATING =
      new RatingView(
          "TEE",
          "Tee " + HOSTILE,
          null,
          null,
          true,
          2,
          new BigDecimal("3.5"),
          List.of(0, 0, 1, 1, 0),
          List.of(1, 1, 0));

  private static final ReviewView REVIEW =
      new ReviewView(
          7,
          "TEE",
          "Ana",
          3,
          HOSTILE,
          "<p>fine</p>",
          "fine",
          null,
          List.of(),
          true,
          false,
          0,
          1,
          null,
          null,
          Instant.parse("2026-12-01T10:00:00Z"),
          null,
          Review.State.PUBLISHED,
          null);

  @Test
  void noMemberTextCanCloseTheScriptElementItIsEmbeddedIn() {
    String safe =
        ReviewJson.safe(ReviewJson.schemaOrg(RATING, List.of(REVIEW), "en", "https://x/"));

    assertThat(safe).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    JsonObject read = Json.createReader(new StringReader(safe)).readObject();
    assertThat(read.getJsonArray("review").getJsonObject(0).getString("name")).isEqualTo(HOSTILE);
    assertThat(read.getJsonObject("aggregateRating").getInt("reviewCount")).isEqualTo(2);
  }

  @Test
  void theFeedCarriesPublicFieldsOnly() {
    JsonObject feed =
        ReviewJson.feed(
            "shop", "Shop", RATING, List.of(REVIEW), "en", "https://x/r", "https://x/v");

    JsonObject review = feed.getJsonArray("reviews").getJsonObject(0);
    assertThat(review.keySet())
        .doesNotContain("markdown", "state", "stateReason", "memberId", "email");
    assertThat(review.getBoolean("verifiedPurchase")).isTrue();
    assertThat(feed.getJsonObject("aggregate").getJsonObject("fit").getInt("runsSmall"))
        .isEqualTo(1);
  }
}
