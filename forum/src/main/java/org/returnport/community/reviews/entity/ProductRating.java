package org.returnport.community.reviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A product's rating as shoppers see it: how many published reviews, their average, how many gave
 * each number of stars and what they said about the fit. Changed in the transaction of every
 * publication, edit, withdrawal, hiding and restoring (always through {@code Tally}), so that
 * reading it never counts reviews.
 */
@Entity
@Table(name = "COMMUNITY_PRODUCT_RATING")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(name = ProductRating.BY_SKU, query = "SELECT r FROM ProductRating r WHERE r.sku = :sku")
@NamedQuery(
    name = ProductRating.RATED,
    query = "SELECT r FROM ProductRating r WHERE r.reviewCount > 0 ORDER BY r.lastChangeAt DESC")
public class ProductRating {

  public static final String BY_SKU = "ProductRating.bySku";
  public static final String RATED = "ProductRating.rated";

  /** What one published review adds to its product's rating. */
  public record Contribution(int stars, Fit fit) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SKU", nullable = false, updatable = false, length = 64)
  private String sku;

  @Column(name = "REVIEW_COUNT", nullable = false)
  private int reviewCount;

  @Column(name = "STAR_SUM", nullable = false)
  private long starSum;

  @Column(name = "STARS_1", nullable = false)
  private int stars1;

  @Column(name = "STARS_2", nullable = false)
  private int stars2;

  @Column(name = "STARS_3", nullable = false)
  private int stars3;

  @Column(name = "STARS_4", nullable = false)
  private int stars4;

  @Column(name = "STARS_5", nullable = false)
  private int stars5;

  @Column(name = "FIT_SMALL", nullable = false)
  private int fitSmall;

  @Column(name = "FIT_TRUE", nullable = false)
  private int fitTrue;

  @Column(name = "FIT_LARGE", nullable = false)
  private int fitLarge;

  @Column(name = "LAST_CHANGE_AT", nullable = false)
  private Instant lastChangeAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected ProductRating() {}

  public ProductRating(String sku, Instant now) {
    this.sku = sku;
    this.lastChangeAt = now;
  }

  public void add(Contribution contribution, Instant now) {
    count(contribution, 1);
    lastChangeAt = now;
  }

  public void remove(Contribution contribution, Instant now) {
    if (reviewCount == 0 || histogram().get(contribution.stars() - 1) == 0) {
      throw new IllegalStateException("removing a review that " + sku + " does not count");
    }
    count(contribution, -1);
    lastChangeAt = now;
  }

  private void count(Contribution contribution, int delta) {
    int stars = contribution.stars();
    reviewCount += delta;
    starSum += (long) delta * stars;
    switch (stars) {
      case 1 -> stars1 += delta;
      case 2 -> stars2 += delta;
      case 3 -> stars3 += delta;
      case 4 -> stars4 += delta;
      case 5 -> stars5 += delta;
      default -> throw new IllegalArgumentException("stars out of 1 to 5: " + stars);
    }
    if (contribution.fit() != null) {
      switch (contribution.fit()) {
        case RUNS_SMALL -> fitSmall += delta;
        case TRUE_TO_SIZE -> fitTrue += delta;
        case RUNS_LARGE -> fitLarge += delta;
      }
    }
  }

  public String getSku() {
    return sku;
  }

  public int getReviewCount() {
    return reviewCount;
  }

  public long getStarSum() {
    return starSum;
  }

  /** The average stars to one decimal, rounded half up; zero without reviews. */
  public BigDecimal average() {
    return reviewCount == 0
        ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(starSum)
            .divide(BigDecimal.valueOf(reviewCount), 1, RoundingMode.HALF_UP);
  }

  /** How many reviews gave 1, 2, 3, 4 and 5 stars, in that order. */
  public List<Integer> histogram() {
    return List.of(stars1, stars2, stars3, stars4, stars5);
  }

  /** How many said runs small, true to size and runs large, in that order. */
  public List<Integer> fits() {
    return List.of(fitSmall, fitTrue, fitLarge);
  }

  public Instant getLastChangeAt() {
    return lastChangeAt;
  }
}
