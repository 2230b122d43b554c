package org.returnport.community.reviews.boundary;

/**
 * Which reviews a list shows and in which order. {@code stars} keeps one number of stars (null for
 * all); {@code badge} keeps reviews with that badge (for staff also {@link Badge#NONE}); {@code
 * withPhotos} only those with photos.
 */
public record ReviewQuery(Sort sort, Integer stars, Badge badge, boolean withPhotos) {

  /** The orders a shopper can choose. */
  public enum Sort {
    NEWEST,
    HELPFUL,
    LOWEST,
    HIGHEST
  }

  /** A badge to filter by. */
  public enum Badge {
    PURCHASE,
    RETURN,
    NONE
  }

  public static ReviewQuery newest() {
    return new ReviewQuery(Sort.NEWEST, null, null, false);
  }
}
