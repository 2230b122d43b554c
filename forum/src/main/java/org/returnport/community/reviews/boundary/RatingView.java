package org.returnport.community.reviews.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.returnport.community.reviews.entity.ProductRating;

/**
 * A product and its rating: the names in both languages, whether it asks for a fit, how many
 * published reviews, their average (one decimal), how many gave 1…5 stars and how many said runs
 * small, true to size, runs large.
 */
public record RatingView(
    String sku,
    String nameEn,
    String nameZh,
    String imageUrl,
    boolean apparel,
    int count,
    BigDecimal average,
    List<Integer> histogram,
    List<Integer> fits) {

  public String name(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }

  /** The share of reviews that gave {@code stars}, in whole percent, for the histogram's bars. */
  public int percent(int stars) {
    return count == 0 ? 0 : Math.round(histogram.get(stars - 1) * 100f / count);
  }

  public int fitCount() {
    return fits.stream().mapToInt(Integer::intValue).sum();
  }

  public int fitPercent(int index) {
    int all = fitCount();
    return all == 0 ? 0 : Math.round(fits.get(index) * 100f / all);
  }

  static RatingView of(
      String sku,
      String nameEn,
      String nameZh,
      String imageUrl,
      boolean apparel,
      ProductRating rating) {
    return rating == null
        ? new RatingView(
            sku,
            nameEn,
            nameZh,
            imageUrl,
            apparel,
            0,
            BigDecimal.ZERO.setScale(1),
            List.of(0, 0, 0, 0, 0),
            List.of(0, 0, 0))
        : new RatingView(
            sku,
            nameEn,
            nameZh,
            imageUrl,
            apparel,
            rating.getReviewCount(),
            rating.average(),
            rating.histogram(),
            rating.fits());
  }
}
