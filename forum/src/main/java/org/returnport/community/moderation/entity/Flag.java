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

/** One member's report of a post or review to the moderators; a member flags an item once. */
@Entity
@Table(name = "COMMUNITY_FLAG")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Flag.OF_CONTENT,
    query = "SELECT f FROM Flag f WHERE f.kind = :kind AND f.contentId = :id ORDER BY f.createdAt")
@NamedQuery(
    name = Flag.BY_MEMBER,
    query =
        "SELECT COUNT(f) FROM Flag f WHERE f.kind = :kind AND f.contentId = :id"
            + " AND f.memberId = :member")
public class Flag {

  public static final String OF_CONTENT = "Flag.ofContent";
  public static final String BY_MEMBER = "Flag.byMember";

  public static final int NOTE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "CONTENT_KIND", nullable = false, length = 16, updatable = false)
  private ContentKind kind;

  @Column(name = "CONTENT_ID", nullable = false, updatable = false)
  private long contentId;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  // The code of the member's reason (Flags.Reason), kept as text: the entity knows no boundary.
  @Column(name = "REASON", nullable = false, length = 16, updatable = false)
  private String reason;

  @Column(name = "NOTE", length = NOTE_MAX, updatable = false)
  private String note;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected Flag() {}

  public Flag(ContentRef ref, long memberId, String reason, String note, Instant now) {
    this.kind = ref.kind();
    this.contentId = ref.id();
    this.memberId = memberId;
    this.reason = reason;
    this.note = note;
    this.createdAt = now;
  }

  public long getMemberId() {
    return memberId;
  }

  public String getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
