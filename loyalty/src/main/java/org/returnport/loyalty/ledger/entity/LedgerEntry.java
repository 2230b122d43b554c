package org.returnport.loyalty.ledger.entity;

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
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * One line of a member's points ledger, never changed once written. {@code sourceKey} is unique in
 * the store: it names what caused the entry (an award's event and order line, a confirmation of an
 * award, a redemption's idempotency key), so the same cause never writes twice. Each entry explains
 * itself to the member with a message key and its arguments.
 */
@Entity
@Table(name = "LOYALTY_ENTRY")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = LedgerEntry.BY_KEY,
    query = "SELECT e FROM LedgerEntry e WHERE e.sourceKey = :sourceKey")
@NamedQuery(
    name = LedgerEntry.OF_MEMBER,
    query = "SELECT e FROM LedgerEntry e WHERE e.memberId = :memberId ORDER BY e.id DESC")
@NamedQuery(
    name = LedgerEntry.RELATED,
    query = "SELECT e FROM LedgerEntry e WHERE e.relatesTo = :entryId ORDER BY e.id")
@NamedQuery(
    name = LedgerEntry.AWARDS_OF_REVIEW,
    query =
        "SELECT e FROM LedgerEntry e WHERE e.reviewId = :reviewId AND e.kind ="
            + " org.returnport.loyalty.ledger.entity.EntryKind.EARN ORDER BY e.id")
@NamedQuery(
    name = LedgerEntry.SUMS,
    query =
        "SELECT COALESCE(SUM(e.points), 0), COALESCE(SUM(e.pendingPoints), 0) FROM LedgerEntry e"
            + " WHERE e.memberId = :memberId")
public class LedgerEntry {

  public static final String BY_KEY = "LedgerEntry.byKey";
  public static final String OF_MEMBER = "LedgerEntry.ofMember";
  public static final String RELATED = "LedgerEntry.related";
  public static final String AWARDS_OF_REVIEW = "LedgerEntry.awardsOfReview";
  public static final String SUMS = "LedgerEntry.sums";

  /** Separates the arguments of the explanation in one column. */
  private static final String SEPARATOR = "\u001f";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "KIND", nullable = false, updatable = false, length = 16)
  private EntryKind kind;

  @Column(name = "POINTS", nullable = false, updatable = false)
  private long points;

  @Column(name = "PENDING_POINTS", nullable = false, updatable = false)
  private long pendingPoints;

  @Column(name = "SOURCE_KEY", nullable = false, updatable = false, length = 190)
  private String sourceKey;

  @Column(name = "SOURCE", nullable = false, updatable = false, length = 32)
  private String source;

  @Column(name = "RELATES_TO", updatable = false)
  private Long relatesTo;

  @Column(name = "REVIEW_ID", updatable = false)
  private Long reviewId;

  @Column(name = "RETURN_ID", updatable = false)
  private Long returnId;

  @Column(name = "RULES_VERSION", nullable = false, updatable = false)
  private int rulesVersion;

  @Column(name = "CONFIRM_AFTER", updatable = false)
  private Instant confirmAfter;

  @Column(name = "MESSAGE_KEY", nullable = false, updatable = false, length = 80)
  private String messageKey;

  @Column(name = "MESSAGE_ARGS", updatable = false, length = 500)
  private String messageArgs;

  @Column(name = "ACTOR", updatable = false, length = 254)
  private String actor;

  @Column(name = "REASON", updatable = false, length = 500)
  private String reason;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected LedgerEntry() {}

  LedgerEntry(LoyaltyAccount account, Posting posting) {
    this.accountId = account.getId();
    this.memberId = account.getMemberId();
    this.kind = posting.kind();
    this.points = posting.points();
    this.pendingPoints = posting.pendingPoints();
    this.sourceKey = posting.sourceKey();
    this.source = posting.source();
    this.relatesTo = posting.relatesTo();
    this.reviewId = posting.reviewId();
    this.returnId = posting.returnId();
    this.rulesVersion = posting.rulesVersion();
    this.confirmAfter = posting.confirmAfter();
    this.messageKey = posting.messageKey();
    this.messageArgs =
        posting.messageArgs().isEmpty() ? null : String.join(SEPARATOR, posting.messageArgs());
    this.actor = posting.actor();
    this.reason = posting.reason();
    this.createdAt = posting.at();
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public long getMemberId() {
    return memberId;
  }

  public EntryKind getKind() {
    return kind;
  }

  /** What the entry did to the spendable balance (negative for redemptions, expiry, ...). */
  public long getPoints() {
    return points;
  }

  /** What the entry did to the points on hold. */
  public long getPendingPoints() {
    return pendingPoints;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public String getSource() {
    return source;
  }

  public Long getRelatesTo() {
    return relatesTo;
  }

  public Long getReviewId() {
    return reviewId;
  }

  public Long getReturnId() {
    return returnId;
  }

  public int getRulesVersion() {
    return rulesVersion;
  }

  public Instant getConfirmAfter() {
    return confirmAfter;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getMessageArgs() {
    return messageArgs == null ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
  }

  public String getActor() {
    return actor;
  }

  public String getReason() {
    return reason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
