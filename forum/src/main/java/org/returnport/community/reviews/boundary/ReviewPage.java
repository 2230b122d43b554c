package org.returnport.community.reviews.boundary;

import java.util.List;

/** One page of a product's reviews (or of the store's, for staff), with the product's rating. */
public record ReviewPage(
    RatingView rating, List<ReviewView> reviews, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < pages();
  }

  public boolean hasPrevious() {
    return page > 1;
  }
}
