package org.returnport.community.reviews.entity;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.community.reviews.entity.ProductRating.Contribution;
import org.returnport.errors.RejectedException;
import org.returnport.tenancy.Tenancy;

/**
 * A member's review of one product of the store: one per member and product, so writing again edits
 * it (the replaced version is kept as a {@link ReviewRevision}). The badges are the server's
 * finding, never the member's say: {@code verifiedPurchase} when the member's verified address has
 * an order with the product, {@code verifiedReturnId} the closed return of the product that earned
 * the other badge. Only a {@link State#PUBLISHED} review counts in its product's rating.
 */
@Entity
@Table(name = "COMMUNITY_REVIEW")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = Review.BY_AUTHOR,
    query = "SELECT r FROM Review r WHERE r.authorMemberId = :member AND r.sku = :sku")
@NamedQuery(
    name = Review.BY_AUTHOR_SKUS,
    query = "SELECT r FROM Review r WHERE r.authorMemberId = :member AND r.sku IN :skus")
public class Review {

  public static final String BY_AUTHOR = "Review.byAuthor";
  public static final String BY_AUTHOR_SKUS = "Review.byAuthorSkus";

  public static final int TITLE_MAX = 120;
  public static final int MARKDOWN_MAX = 5_000;
  public static final int PHOTOS_MAX = 6;
  public static final int REPLY_MAX = 2_000;
  public static final int REASON_MAX = 500;

  /** Who may read a review. */
  public enum State {
    /** Held for a moderator: only its author sees it. */
    PENDING,
    PUBLISHED,
    /** Taken back by its author; writing again publishes it anew. */
    WITHDRAWN,
    /** Taken down (or turned down while held) by a moderator; its author sees why. */
    HIDDEN,
    DELETED
  }

  /** What the author wrote, already rendered to safe HTML. */
  public record Content(
      int stars,
      String title,
      String markdown,
      String html,
      String plainText,
      Fit fit,
      List<Long> photoIds) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "SKU", nullable = false, updatable = false, length = 64)
  private String sku;

  @Column(name = "AUTHOR_MEMBER_ID", nullable = false, updatable = false)
  private long authorMemberId;

  @Column(name = "STARS", nullable = false)
  private int stars;

  @Column(name = "TITLE", nullable = false, length = TITLE_MAX)
  private String title;

  @Lob
  @Column(name = "MARKDOWN", nullable = false)
  private String markdown;

  @Lob
  @Column(name = "HTML", nullable = false)
  private String html;

  @Lob
  @Column(name = "PLAIN_TEXT", nullable = false)
  private String plainText;

  @Enumerated(EnumType.STRING)
  @Column(name = "FIT", length = 16)
  private Fit fit;

  @Column(name = "PHOTO_IDS", length = 200)
  private String photoIds;

  @Enumerated(EnumType.STRING)
  @Column(name = "STATE", nullable = false, length = 16)
  private State state;

  @Column(name = "STATE_REASON", length = REASON_MAX)
  private String stateReason;

  @Column(name = "VERIFIED_PURCHASE", nullable = false)
  private boolean verifiedPurchase;

  @Column(name = "VERIFIED_RETURN_ID")
  private Long verifiedReturnId;

  @Column(name = "REVISION", nullable = false)
  private int revision;

  @Column(name = "HELPFUL_COUNT", nullable = false)
  private int helpfulCount;

  @Column(name = "REPLY_TEXT", length = REPLY_MAX)
  private String replyText;

  @Column(name = "REPLY_BY", length = 254)
  private String replyBy;

  @Column(name = "REPLIED_AT")
  private Instant repliedAt;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "EDITED_AT")
  private Instant editedAt;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected Review() {}

  public Review(
      String sku,
      long authorMemberId,
      Content content,
      boolean verifiedPurchase,
      Long verifiedReturnId,
      boolean held,
      Instant now) {
    this.sku = sku;
    this.authorMemberId = authorMemberId;
    this.createdAt = now;
    this.revision = 1;
    take(content);
    this.verifiedPurchase = verifiedPurchase || verifiedReturnId != null;
    this.verifiedReturnId = verifiedReturnId;
    this.state = held ? State.PENDING : State.PUBLISHED;
  }

  /**
   * The author writes again: the new text replaces the old (which the caller keeps as a {@link
   * ReviewRevision}) and the review is shown again, or held when the moderation gate says so. A
   * review a moderator took down stays down.
   */
  public void edit(Content content, boolean held, Instant now) {
    if (state == State.HIDDEN || state == State.DELETED) {
      throw new RejectedException(null, "community.review.takenDown");
    }
    take(content);
    revision++;
    editedAt = now;
    state = held ? State.PENDING : State.PUBLISHED;
    stateReason = null;
  }

  private void take(Content content) {
    this.stars = content.stars();
    this.title = content.title();
    this.markdown = content.markdown();
    this.html = content.html();
    this.plainText = content.plainText();
    this.fit = content.fit();
    this.photoIds =
        content.photoIds().isEmpty()
            ? null
            : content.photoIds().stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The author takes the review back; refused when a moderator took it down already. */
  public void withdraw() {
    if (state != State.PUBLISHED && state != State.PENDING) {
      throw new RejectedException(null, "community.review.notShown");
    }
    state = State.WITHDRAWN;
  }

  /** A moderator takes a shown or held review down; false when there was nothing to take down. */
  public boolean hide(String reason) {
    return takeDown(State.HIDDEN, reason);
  }

  public boolean delete(String reason) {
    return takeDown(State.DELETED, reason);
  }

  private boolean takeDown(State to, String reason) {
    if (state == State.DELETED || state == to) {
      return false;
    }
    state = to;
    stateReason = clip(reason, REASON_MAX);
    return true;
  }

  /** A moderator publishes a held review or restores a hidden one; false when neither applies. */
  public boolean restore() {
    if (state != State.PENDING && state != State.HIDDEN) {
      return false;
    }
    state = State.PUBLISHED;
    stateReason = null;
    return true;
  }

  /** A closed return of this product by the author proves it was bought and sent back. */
  public boolean returned(long returnId) {
    if (verifiedReturnId != null) {
      return false;
    }
    verifiedReturnId = returnId;
    verifiedPurchase = true;
    return true;
  }

  /** The purchase found when the author writes again (an order imported since). */
  public void purchased() {
    verifiedPurchase = true;
  }

  public void reply(String text, String by, Instant now) {
    this.replyText = text;
    this.replyBy = by;
    this.repliedAt = now;
  }

  public void markedHelpful() {
    helpfulCount++;
  }

  /** Whether the review is in its product's rating: only while everyone can read it. */
  public boolean counts() {
    return state == State.PUBLISHED;
  }

  public Contribution contribution() {
    return new Contribution(stars, fit);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public long getAuthorMemberId() {
    return authorMemberId;
  }

  public int getStars() {
    return stars;
  }

  public String getTitle() {
    return title;
  }

  public String getMarkdown() {
    return markdown;
  }

  public String getHtml() {
    return html;
  }

  public String getPlainText() {
    return plainText;
  }

  public Fit getFit() {
    return fit;
  }

  public List<Long> getPhotoIds() {
    return photoIds == null
        ? List.of()
        : Arrays.stream(photoIds.split(",")).map(Long::valueOf).toList();
  }

  public State getState() {
    return state;
  }

  public String getStateReason() {
    return stateReason;
  }

  public boolean isVerifiedPurchase() {
    return verifiedPurchase;
  }

  public Long getVerifiedReturnId() {
    return verifiedReturnId;
  }

  public boolean isVerifiedReturn() {
    return verifiedReturnId != null;
  }

  public int getRevision() {
    return revision;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public String getReplyText() {
    return replyText;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}
