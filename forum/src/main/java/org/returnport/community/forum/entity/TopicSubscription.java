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
 * A member follows a topic: each new post in it is a notification for them. Opening a topic or
 * replying in it subscribes its author; the member can stop at any time.
 */
@Entity
@Table(name = "COMMUNITY_SUBSCRIPTION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = TopicSubscription.SUBSCRIBERS,
    query = "SELECT s.memberId FROM TopicSubscription s WHERE s.topicId = :topic")
@NamedQuery(
    name = TopicSubscription.FIND,
    query = "SELECT s FROM TopicSubscription s WHERE s.topicId = :topic AND s.memberId = :member")
public class TopicSubscription {

  public static final String SUBSCRIBERS = "TopicSubscription.subscribers";
  public static final String FIND = "TopicSubscription.find";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "TOPIC_ID", nullable = false)
  private long topicId;

  @Column(name = "MEMBER_ID", nullable = false)
  private long memberId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  protected TopicSubscription() {}

  public TopicSubscription(long topicId, long memberId, Instant now) {
    this.topicId = topicId;
    this.memberId = memberId;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTopicId() {
    return topicId;
  }

  public long getMemberId() {
    return memberId;
  }
}
