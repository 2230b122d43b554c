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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.community.content.ContentKind;
import org.returnport.community.content.ContentRef;
import org.returnport.tenancy.Tenancy;

/**
 * A post or review in the moderators' queue: held before anyone saw it (with why), or flagged by
 * members (with how often). One row per item; it leaves the queue when a moderator decides and
 * comes back when members flag it again.
 */
@Entity
@Table(name = "COMMUNITY_MODERATION_ITEM")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = QueueItem.BY_CONTENT,
    query = "SELECT i FROM QueueItem i WHERE i.kind = :kind AND i.contentId = :id")
@NamedQuery(
    name = QueueItem.OPEN,
    query = "SELECT i FROM QueueItem i WHERE i.open = TRUE ORDER BY i.queuedAt, i.id")
@NamedQuery(
    name = QueueItem.COUNT_OPEN,
    query = "SELECT COUNT(i) FROM QueueItem i WHERE i.open = TRUE")
public class QueueItem {

  public static final String BY_CONTENT = "QueueItem.byContent";
  public static final String OPEN = "QueueItem.open";
  public static final String COUNT_OPEN = "QueueItem.countOpen";

  public static final int EXCERPT_MAX = 500;

  /** Why the gatekeeper held an item before anyone saw it. */
  public enum HoldReason {
    /** The author is a new member: their first items wait for approval. */
    NEW_MEMBER,
    /** A new member's item has links. */
    LINKS,
    /** The item has a word of the store's filter list. */
    WORD,
    /** Other members wrote the same text within a day. */
    DUPLICATE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "CONTENT_KIND", nullable = false, length = 16, updatable = false)
  private ContentKind kind;

  @Column(name = "CONTENT_ID", nullable = false, updatable = false)
  private long contentId;

  @Column(name = "AUTHOR_MEMBER_ID", nullable = false)
  private long authorMemberId;

  @Column(name = "EXCERPT", nullable = false, length = EXCERPT_MAX)
  private String excerpt;

  @Column(name = "HELD", nullable = false)
  private boolean held;

  @Column(name = "HELD_REASONS", length = 200)
  private String heldReasons;

  @Column(name = "MATCHED_WORD", length = FilterWord.WORD_MAX)
  private String matchedWord;

  @Column(name = "FLAG_COUNT", nullable = false)
  private int flagCount;

  @Column(name = "IS_OPEN", nullable = false)
  private boolean open;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "QUEUED_AT", nullable = false)
  private Instant queuedAt;

  @Column(name = "RESOLVED_AT")
  private Instant resolvedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected QueueItem() {}

  private QueueItem(ContentRef ref, long authorMemberId, String excerpt, Instant now) {
    this.kind = ref.kind();
    this.contentId = ref.id();
    this.authorMemberId = authorMemberId;
    this.excerpt = excerpt(excerpt);
    this.createdAt = now;
    this.queuedAt = now;
    this.open = true;
  }

  /** An item the gatekeeper held, for these reasons (and the filter word that matched, if one). */
  public static QueueItem held(
      ContentRef ref,
      long authorMemberId,
      String excerpt,
      List<HoldReason> reasons,
      String matchedWord,
      Instant now) {
    QueueItem item = new QueueItem(ref, authorMemberId, excerpt, now);
    item.held = true;
    item.heldReasons = String.join(",", reasons.stream().map(Enum::name).toList());
    item.matchedWord = matchedWord;
    return item;
  }

  /** An item members flagged, seen in the queue for the first time. */
  public static QueueItem flagged(
      ContentRef ref, long authorMemberId, String excerpt, Instant now) {
    return new QueueItem(ref, authorMemberId, excerpt, now);
  }

  /** Held again (an edit of a held or decided item): back into the queue with the new reasons. */
  public void heldAgain(String excerpt, List<HoldReason> reasons, String matchedWord, Instant now) {
    this.excerpt = excerpt(excerpt);
    this.held = true;
    this.heldReasons = String.join(",", reasons.stream().map(Enum::name).toList());
    this.matchedWord = matchedWord;
    this.open = true;
    this.queuedAt = now;
    this.resolvedAt = null;
  }

  /** One more member flagged it: back into the queue if a moderator had decided already. */
  public void flaggedAgain(Instant now) {
    flagCount++;
    if (!open) {
      open = true;
      held = false;
      queuedAt = now;
      resolvedAt = null;
    }
  }

  /** A moderator decided: the item leaves the queue. */
  public void resolve(Instant now) {
    open = false;
    resolvedAt = now;
  }

  /** Cuts an excerpt to what the column holds, on a whole character. */
  public static String excerpt(String text) {
    String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (clean.length() <= EXCERPT_MAX) {
      return clean;
    }
    int end = EXCERPT_MAX - 1;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }

  public ContentRef ref() {
    return new ContentRef(kind, contentId);
  }

  public Long getId() {
    return id;
  }

  public ContentKind getKind() {
    return kind;
  }

  public long getContentId() {
    return contentId;
  }

  public long getAuthorMemberId() {
    return authorMemberId;
  }

  public String getExcerpt() {
    return excerpt;
  }

  public boolean isHeld() {
    return held;
  }

  public List<HoldReason> getHeldReasons() {
    return heldReasons == null || heldReasons.isEmpty()
        ? List.of()
        : Arrays.stream(heldReasons.split(",")).map(HoldReason::valueOf).toList();
  }

  public String getMatchedWord() {
    return matchedWord;
  }

  public int getFlagCount() {
    return flagCount;
  }

  public boolean isOpen() {
    return open;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getQueuedAt() {
    return queuedAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }
}
