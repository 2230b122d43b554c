package org.returnport.community.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A conversation in one category of a store's community: its title, the slug of its address, who
 * opened it, and what lists of topics show without counting posts (the number of the last post,
 * when it was written). Posts are numbered in their topic from 1 (the opening post) by {@link
 * #nextNumber}, so a page of a long topic is a range of numbers.
 */
@Entity
@Table(name = "COMMUNITY_TOPIC")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Topic.IN_CATEGORY,
    query =
        "SELECT t FROM Topic t WHERE t.categoryId = :category AND t.visible = TRUE"
            + " ORDER BY t.pinned DESC, t.lastPostAt DESC, t.id DESC")
@NamedQuery(
    name = Topic.RECENT,
    query = "SELECT t FROM Topic t WHERE t.visible = TRUE ORDER BY t.lastPostAt DESC, t.id DESC")
@NamedQuery(
    name = Topic.COUNT_IN_CATEGORY,
    query = "SELECT COUNT(t) FROM Topic t WHERE t.categoryId = :category AND t.visible = TRUE")
public class Topic {

  public static final String IN_CATEGORY = "Topic.inCategory";
  public static final String RECENT = "Topic.recent";
  public static final String COUNT_IN_CATEGORY = "Topic.countInCategory";

  public static final int TITLE_MAX = 120;
  public static final int SLUG_MAX = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "CATEGORY_ID", nullable = false)
  private long categoryId;

  @Column(name = "TITLE", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "SLUG", nullable = false, length = SLUG_MAX)
  private String slug;

  @Column(name = "AUTHOR_MEMBER_ID", nullable = false)
  private long authorMemberId;

  @Column(name = "CREATED_AT", nullable = false)
  private Instant createdAt;

  @Column(name = "LAST_POST_AT", nullable = false)
  private Instant lastPostAt;

  @Column(name = "LAST_NUMBER", nullable = false)
  private int lastNumber;

  @Column(name = "PINNED", nullable = false)
  private boolean pinned;

  @Column(name = "LOCKED", nullable = false)
  private boolean locked;

  /** Whether lists show it: its opening post is published. */
  @Column(name = "VISIBLE", nullable = false)
  private boolean visible;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Topic() {}

  public Topic(long categoryId, String title, String slug, long authorMemberId, Instant now) {
    this.categoryId = categoryId;
    this.title = title;
    this.slug = slug;
    this.authorMemberId = authorMemberId;
    this.createdAt = now;
    this.lastPostAt = now;
  }

  /** The number the next post of this topic gets; the caller holds the topic's row lock. */
  public int nextNumber(Instant now) {
    lastNumber++;
    lastPostAt = now;
    return lastNumber;
  }

  /** Its opening post was published (at once or approved): lists show the topic. */
  public void show() {
    this.visible = true;
  }

  /** Its opening post waits for a moderator or was taken down: lists leave the topic out. */
  public void withhold() {
    this.visible = false;
  }

  public boolean isVisible() {
    return visible;
  }

  /** Pinned topics head their category's list. */
  public void pin(boolean pinned) {
    this.pinned = pinned;
  }

  /** A locked topic takes no more replies; what was written stays readable. */
  public void lock(boolean locked) {
    this.locked = locked;
  }

  public Long getId() {
    return id;
  }

  public long getCategoryId() {
    return categoryId;
  }

  public String getTitle() {
    return title;
  }

  public String getSlug() {
    return slug;
  }

  public long getAuthorMemberId() {
    return authorMemberId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastPostAt() {
    return lastPostAt;
  }

  public int getLastNumber() {
    return lastNumber;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isLocked() {
    return locked;
  }
}
