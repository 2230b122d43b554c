package org.returnport.community.moderation.entity;

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
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.tenancy.Tenancy;

/**
 * One line of a store's moderation log: who did what, when, to which item or member, and why.
 * Written once and never changed or removed (every column is not updatable, and nothing deletes).
 */
@Entity
@Table(name = "COMMUNITY_MODERATION_LOG")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = AuditEntry.NEWEST_FIRST,
    query = "SELECT e FROM AuditEntry e ORDER BY e.actedAt DESC, e.id DESC")
@NamedQuery(name = AuditEntry.COUNT, query = "SELECT COUNT(e) FROM AuditEntry e")
public class AuditEntry {

  public static final String NEWEST_FIRST = "AuditEntry.newestFirst";
  public static final String COUNT = "AuditEntry.count";

  /** The actor of what the product did by itself (held an item, hid a much-flagged one). */
  public static final String AUTOMATIC = "automatic";

  /** What happened. */
  public enum Action {
    HOLD,
    APPROVE,
    REJECT,
    HIDE,
    AUTO_HIDE,
    RESTORE,
    DELETE,
    DISMISS,
    BAN,
    LIFT_BAN,
    TRUST,
    SETTINGS,
    WORDS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ACTED_AT", nullable = false, updatable = false)
  private Instant actedAt;

  @Column(name = "ACTOR", nullable = false, length = 254, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "ACTION_CODE", nullable = false, length = 16, updatable = false)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "CONTENT_KIND", length = 16, updatable = false)
  private ContentKind kind;

  @Column(name = "CONTENT_ID", updatable = false)
  private Long contentId;

  @Column(name = "MEMBER_ID", updatable = false)
  private Long memberId;

  @Column(name = "REASON", length = CommunityStanding.REASON_MAX, updatable = false)
  private String reason;

  protected AuditEntry() {}

  public AuditEntry(
      Instant now, String actor, Action action, ContentRef ref, Long memberId, String reason) {
    this.actedAt = now;
    this.actor = actor;
    this.action = action;
    this.kind = ref == null ? null : ref.kind();
    this.contentId = ref == null ? null : ref.id();
    this.memberId = memberId;
    this.reason = QueueItem.excerpt(reason).isEmpty() ? null : cut(reason);
  }

  private static String cut(String reason) {
    String text = reason.strip();
    return text.length() <= CommunityStanding.REASON_MAX
        ? text
        : text.substring(0, CommunityStanding.REASON_MAX);
  }

  public Long getId() {
    return id;
  }

  public Instant getActedAt() {
    return actedAt;
  }

  public String getActor() {
    return actor;
  }

  public Action getAction() {
    return action;
  }

  public ContentKind getKind() {
    return kind;
  }

  public Long getContentId() {
    return contentId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getReason() {
    return reason;
  }
}
