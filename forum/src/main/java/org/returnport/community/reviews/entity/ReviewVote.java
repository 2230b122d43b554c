package org.returnport.community.reviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/** A member found another member's review helpful: once per member and review. */
@Entity
@Table(name = "COMMUNITY_REVIEW_VOTE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = ReviewVote.FIND,
    query = "SELECT v FROM ReviewVote v WHERE v.reviewId = :review AND v.memberId = :member")
public class ReviewVote {

  public static final String FIND = "ReviewVote.find";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "REVIEW_ID", nullable = false, updatable = false)
  private long reviewId;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected ReviewVote() {}

  public ReviewVote(long reviewId, long memberId, Instant now) {
    this.reviewId = reviewId;
    this.memberId = memberId;
    this.createdAt = now;
  }
}
