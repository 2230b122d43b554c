package org.returnport.community.reviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** A version of a review that its author's edit replaced: kept, never changed, shown on request. */
@Entity
@Table(name = "COMMUNITY_REVIEW_REVISION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ReviewRevision.OF_REVIEW,
    query = "SELECT r FROM ReviewRevision r WHERE r.reviewId = :review ORDER BY r.revision DESC")
public class ReviewRevision {

  public static final String OF_REVIEW = "ReviewRevision.ofReview";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "REVIEW_ID", nullable = false, updatable = false)
  private long reviewId;

  @Column(name = "REVISION", nullable = false, updatable = false)
  private int revision;

  @Column(name = "STARS", nullable = false, updatable = false)
  private int stars;

  @Column(name = "TITLE", nullable = false, updatable = false, length = Review.TITLE_MAX)
  private String title;

  @Lob
  @Column(name = "HTML", nullable = false, updatable = false)
  private String html;

  @Enumerated(EnumType.STRING)
  @Column(name = "FIT", updatable = false, length = 16)
  private Fit fit;

  @Column(name = "WRITTEN_AT", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(name = "REPLACED_AT", nullable = false, updatable = false)
  private Instant replacedAt;

  protected ReviewRevision() {}

  /** The review as it stands now, about to be replaced by an edit. */
  public ReviewRevision(Review review, Instant now) {
    this.reviewId = review.getId();
    this.revision = review.getRevision();
    this.stars = review.getStars();
    this.title = review.getTitle();
    this.html = review.getHtml();
    this.fit = review.getFit();
    this.writtenAt = review.getEditedAt() == null ? review.getCreatedAt() : review.getEditedAt();
    this.replacedAt = now;
  }

  public int getRevision() {
    return revision;
  }

  public int getStars() {
    return stars;
  }

  public String getTitle() {
    return title;
  }

  public String getHtml() {
    return html;
  }

  public Fit getFit() {
    return fit;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Instant getReplacedAt() {
    return replacedAt;
  }
}
