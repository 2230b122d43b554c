package org.returnport.community.forum.entity;

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
@NamedQuery(
    name = Post.NUMBERED,
    query =
        "SELECT p FROM Post p WHERE p.topicId = :topic AND p.number BETWEEN :first AND :last"
            + " ORDER BY p.number")
@NamedQuery(
    name = Post.OPENING,
    query = "SELECT p FROM Post p WHERE p.topicId IN :topics AND p.number = 1")
public class Post {

  /** The posts of a topic whose numbers lie in a range: a page, read by the unique index. */
  public static final String NUMBERED = "Post.numbered";

  /** The opening posts of some topics. */
  public static final String OPENING = "Post.opening";

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

  /** Whether everyone may read it now. */
  public boolean isVisible() {
    return state == State.PUBLISHED;
  }

  /** A held post is shown now (a moderator approved it); a hidden one is shown again. */
  public void publish() {
    if (state == State.DELETED) {
      throw new IllegalStateException("post " + id + " was deleted");
    }
    state = State.PUBLISHED;
    stateReason = null;
  }

  /** Taken down (or turned down while held), with the reason its author is shown. */
  public void hide(String reason) {
    if (state == State.DELETED) {
      throw new IllegalStateException("post " + id + " was deleted");
    }
    state = State.HIDDEN;
    stateReason = trimmed(reason);
  }

  /** Deleted for good by a moderator: its author still sees why; nobody sees the text. */
  public void delete(String reason) {
    state = State.DELETED;
    stateReason = trimmed(reason);
  }

  /** One more member found it helpful (each member once: the caller keeps the marks). */
  public void markedHelpful() {
    helpfulCount++;
  }

  private static String trimmed(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String text = reason.strip();
    return text.length() > 500 ? text.substring(0, 500) : text;
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
