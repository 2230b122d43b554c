package org.returnport.web.widget;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.returnport.community.reviews.boundary.RatingView;
import org.returnport.community.reviews.boundary.ReviewView;

/**
 * A product's rating and reviews as public JSON: for the widget's feed and the {@code schema.org}
 * data of the product's page. Only what every visitor of the store's pages may read: no member id,
 * no address, no state. Text written by members is in {@code title} (plain) and {@code html} (the
 * stored sanitised rendering). {@link #safe} makes the text safe to put inside an HTML script
 * element too.
 */
public final class ReviewJson {

  private ReviewJson() {}

  public static JsonObject feed(
      String store,
      String storeName,
      RatingView rating,
      List<ReviewView> reviews,
      String language,
      String pageUrl,
      String verifyUrl) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    reviews.forEach(review -> list.add(review(review)));
    return Json.createObjectBuilder()
        .add("store", store)
        .add("storeName", storeName)
        .add("sku", rating.sku())
        .add("product", rating.name(language))
        .add("url", pageUrl)
        .add("verificationUrl", verifyUrl)
        .add("aggregate", aggregate(rating))
        .add("reviews", list)
        .build();
  }

  public static JsonObjectBuilder aggregate(RatingView rating) {
    JsonArrayBuilder histogram = Json.createArrayBuilder();
    rating.histogram().forEach(histogram::add);
    JsonObjectBuilder aggregate =
        Json.createObjectBuilder()
            .add("count", rating.count())
            .add("average", rating.average())
            .add("histogram", histogram)
            .add("apparel", rating.apparel());
    if (rating.apparel()) {
      aggregate.add(
          "fit",
          Json.createObjectBuilder()
              .add("runsSmall", rating.fits().get(0))
              .add("trueToSize", rating.fits().get(1))
              .add("runsLarge", rating.fits().get(2)));
    }
    return aggregate;
  }

  public static JsonObjectBuilder review(ReviewView review) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", review.id())
            .add("author", review.author() == null ? "" : review.author())
            .add("stars", review.stars())
            .add("title", review.title())
            .add("html", review.html())
            .add("verifiedPurchase", review.verifiedPurchase())
            .add("verifiedReturn", review.verifiedReturn())
            .add("helpful", review.helpfulCount())
            .add("edited", review.edited())
            .add("withPhotos", review.withPhotos())
            .add("createdAt", review.createdAt().toString());
    if (review.fit() != null) {
      json.add("fit", review.fit().name());
    }
    if (review.reply() != null) {
      json.add("reply", review.reply());
      json.add("repliedAt", stamp(review.repliedAt()));
    }
    return json;
  }

  /**
   * The {@code schema.org} {@code Product} with its {@code AggregateRating} and {@code Review}s,
   * for search engines; the same data the widget writes into a shop's page.
   */
  public static JsonObject schemaOrg(
      RatingView rating, List<ReviewView> reviews, String language, String pageUrl) {
    JsonObjectBuilder product =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "Product")
            .add("name", rating.name(language))
            .add("sku", rating.sku())
            .add("url", pageUrl);
    if (rating.count() > 0) {
      product.add(
          "aggregateRating",
          Json.createObjectBuilder()
              .add("@type", "AggregateRating")
              .add("ratingValue", rating.average())
              .add("reviewCount", rating.count())
              .add("bestRating", 5)
              .add("worstRating", 1));
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (ReviewView review : reviews) {
        list.add(
            Json.createObjectBuilder()
                .add("@type", "Review")
                .add("name", review.title())
                .add(
                    "author",
                    Json.createObjectBuilder()
                        .add("@type", "Person")
                        .add("name", review.author() == null ? "—" : review.author()))
                .add("datePublished", review.createdAt().toString().substring(0, 10))
                .add(
                    "reviewRating",
                    Json.createObjectBuilder()
                        .add("@type", "Rating")
                        .add("ratingValue", review.stars())
                        .add("bestRating", 5)
                        .add("worstRating", 1)));
      }
      product.add("review", list);
    }
    return product.build();
  }

  /**
   * The JSON text with {@code <}, {@code >} and {@code &} written as Unicode escapes: they occur
   * only inside strings, where the escape means the same to every JSON reader, and no text of a
   * member can then close a script element or open markup where the JSON is embedded.
   */
  public static String safe(JsonObject json) {
    return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static String stamp(Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
