package org.returnport.community.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.returnport.values.DisplayName;

/**
 * Something in the store's community a member should hear of: who did what ({@link Kind}), about
 * which topic or product, a short excerpt and where to read it. One per member and cause, read or
 * not, mailed (at once or in a digest) or not yet.
 */
@Entity
@Table(name = "COMMUNITY_NOTIFICATION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Notification.LIST,
    query =
        "SELECT n FROM Notification n WHERE n.memberId = :member ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = Notification.UNREAD,
    query = "SELECT COUNT(n) FROM Notification n WHERE n.memberId = :member AND n.readAt IS NULL")
@NamedQuery(
    name = Notification.BY_CAUSE,
    query = "SELECT n FROM Notification n WHERE n.memberId = :member AND n.cause = :cause")
@NamedQuery(
    name = Notification.UNREAD_LIST,
    query = "SELECT n FROM Notification n WHERE n.memberId = :member AND n.readAt IS NULL")
@NamedQuery(
    name = Notification.DIGEST_MEMBERS,
    query =
        "SELECT DISTINCT n.memberId FROM Notification n WHERE n.mailedAt IS NULL AND n.readAt IS NULL")
@NamedQuery(
    name = Notification.UNMAILED,
    query =
        "SELECT n FROM Notification n"
            + " WHERE n.memberId = :member AND n.mailedAt IS NULL AND n.readAt IS NULL"
            + " ORDER BY n.createdAt, n.id")
public class Notification {

  public static final String LIST = "Notification.list";
  public static final String UNREAD = "Notification.unread";
  public static final String BY_CAUSE = "Notification.byCause";
  public static final String UNREAD_LIST = "Notification.unreadList";
  public static final String DIGEST_MEMBERS = "Notification.digestMembers";
  public static final String UNMAILED = "Notification.unmailed";

  public static final int SUBJECT_MAX = 200;
  public static final int EXCERPT_MAX = 300;
  public static final int PATH_MAX = 500;

  /** Why the member hears of it; one reason per member and cause, the most personal one. */
  public enum Kind {
    /** Someone named them with an {@code @name}. */
    MENTION,
    /** Someone replied in the topic they opened. */
    REPLY,
    /** A new post in a topic they follow. */
    SUBSCRIBED,
    /** The store replied to their review. */
    REVIEW_REPLY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "CAUSE", nullable = false, updatable = false, length = 40)
  private String cause;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 16)
  private Kind kind;

  @Column(name = "ACTOR_NAME", updatable = false, length = DisplayName.MAX)
  private String actorName;

  @Column(name = "SUBJECT", nullable = false, updatable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "EXCERPT", nullable = false, updatable = false, length = EXCERPT_MAX)
  private String excerpt;

  @Column(name = "PATH", nullable = false, updatable = false, length = PATH_MAX)
  private String path;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "READ_AT")
  private Instant readAt;

  @Column(name = "MAILED_AT")
  private Instant mailedAt;

  protected Notification() {}

  public Notification(
      long memberId,
      String cause,
      Kind kind,
      String actorName,
      String subject,
      String excerpt,
      String path,
      Instant now) {
    this.memberId = memberId;
    this.cause = cause;
    this.kind = kind;
    this.actorName = actorName;
    this.subject = cut(subject, SUBJECT_MAX);
    this.excerpt = cut(excerpt, EXCERPT_MAX);
    this.path = cut(path, PATH_MAX);
    this.createdAt = now;
  }

  /** Shortens text to fit its column, at a character boundary and with an ellipsis. */
  public static String cut(String text, int max) {
    String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (plain.length() <= max) {
      return plain;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(plain.charAt(end - 1))) {
      end--;
    }
    return plain.substring(0, end) + "…";
  }

  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public void mailed(Instant now) {
    mailedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getActorName() {
    return actorName;
  }

  public String getSubject() {
    return subject;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public String getPath() {
    return path;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public Instant getMailedAt() {
    return mailedAt;
  }
}
