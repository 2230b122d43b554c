package org.returnport.community.forum.entity;

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

/**
 * A member found a post helpful: one mark per member and post (a unique key keeps it so), which is
 * why {@code PostMarkedHelpful} fires once per pair however often the button is pressed.
 */
@Entity
@Table(name = "COMMUNITY_HELPFUL")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Helpful.FIND,
    query = "SELECT COUNT(h) FROM Helpful h WHERE h.postId = :post AND h.memberId = :member")
@NamedQuery(
    name = Helpful.MARKED_BY,
    query = "SELECT h.postId FROM Helpful h WHERE h.memberId = :member AND h.postId IN :posts")
public class Helpful {

  public static final String FIND = "Helpful.find";
  public static final String MARKED_BY = "Helpful.markedBy";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "POST_ID", nullable = false)
  private long postId;

  @Column(name = "MEMBER_ID", nullable = false)
  private long memberId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected Helpful() {}

  public Helpful(long postId, long memberId, Instant now) {
    this.postId = postId;
    this.memberId = memberId;
    this.createdAt = now;
  }

  public long getPostId() {
    return postId;
  }

  public long getMemberId() {
    return memberId;
  }
}
