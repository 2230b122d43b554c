package org.returnport.community.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A member's post in a topic: the Markdown they wrote and its safe HTML, rendered once when written
 * so that reads never render again. Number 1 opens the topic. A post waits for a moderator while
 * {@link State#PENDING}; a hidden or deleted post keeps the reason its author is shown.
 */
@Entity
@Table(name = "COMMUNITY_POST")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
public class Post {

  /** The longest post a member may write, in characters of Markdown. */
  public static final int MARKDOWN_MAX = 20_000;

  /** Who may read a post. */
  public enum State {
    /** Held for a moderator: only its author and moderators see it. */
    PENDING,
    PUBLISHED,
    /** Taken down by a moderator (or turned down while held); its author sees why. */
    HIDDEN,
    DELETED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "TOPIC_ID", nullable = false)
  private long topicId;

  @Column(name = "NUMBER", nullable = false)
  private int number;

  @Column(name = "AUTHOR_MEMBER_ID", nullable = false)
  private long authorMemberId;

  @Lob
  @Column(name = "MARKDOWN", nullable = false)
  private String markdown;

  @Lob
  @Column(name = "HTML", nullable = false)
  private String html;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 16)
  private State state;

  @Column(name = "STATE_REASON", length = 500)
  private String stateReason;

  @Column(name = "HELPFUL_COUNT", nullable = false)
  private int helpfulCount;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "EDITED_AT")
  private Instant editedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Post() {}

  public Post(
      long topicId,
      int number,
      long authorMemberId,
      String markdown,
      String html,
      State state,
      Instant now) {
    this.topicId = topicId;
    this.number = number;
    this.authorMemberId = authorMemberId;
    this.markdown = markdown;
    this.html = html;
    this.state = state;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getTopicId() {
    return topicId;
  }

  public int getNumber() {
    return number;
  }

  public long getAuthorMemberId() {
    return authorMemberId;
  }

  public String getMarkdown() {
    return markdown;
  }

  public String getHtml() {
    return html;
  }

  public State getState() {
    return state;
  }

  public String getStateReason() {
    return stateReason;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}
