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
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A member's standing in one store's community: how far moderators trust them (new members' writing
 * waits for approval; after enough approved items it no longer does) and whether they are banned,
 * until when and why. A member without a row stands as {@link Trust#NEW}, not banned: the row is
 * written when a moderator first acts on the member.
 */
@Entity
@Table(name = "COMMUNITY_STANDING")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = CommunityStanding.BY_MEMBER,
    query = "SELECT s FROM CommunityStanding s WHERE s.memberId = :member")
@NamedQuery(
    name = CommunityStanding.BANNED,
    query =
        "SELECT s FROM CommunityStanding s WHERE s.bannedAt IS NOT NULL"
            + " AND (s.bannedUntil IS NULL OR s.bannedUntil > :now) ORDER BY s.bannedAt DESC")
public class CommunityStanding {

  public static final String BY_MEMBER = "CommunityStanding.byMember";
  public static final String BANNED = "CommunityStanding.banned";

  /** The longest reason a moderator may give, as the content's own reason column holds it. */
  public static final int REASON_MAX = 500;

  /** How much the store's moderators trust a member's writing. */
  public enum Trust {
    /** Writing waits for a moderator; links and floods are held to stricter limits. */
    NEW,
    /** Writing is shown at once unless a filter holds it. */
    BASIC
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "TRUST", nullable = false, length = 16)
  private Trust trust = Trust.NEW;

  @Column(name = "APPROVED_COUNT", nullable = false)
  private int approvedCount;

  @Column(name = "BANNED_AT")
  private Instant bannedAt;

  @Column(name = "BANNED_UNTIL")
  private Instant bannedUntil;

  @Column(name = "BAN_REASON", length = REASON_MAX)
  private String banReason;

  @Column(name = "BANNED_BY", length = 254)
  private String bannedBy;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected CommunityStanding() {}

  public CommunityStanding(long memberId) {
    this.memberId = memberId;
  }

  /**
   * A moderator approved one of the member's held items; after {@code basicAfter} approvals a new
   * member's writing is trusted.
   */
  public void approved(int basicAfter) {
    approvedCount++;
    if (trust == Trust.NEW && approvedCount >= basicAfter) {
      trust = Trust.BASIC;
    }
  }

  /** A moderator vouches for the member: their writing is shown at once from now on. */
  public void trust() {
    if (trust == Trust.NEW) {
      trust = Trust.BASIC;
    }
  }

  /** Bars the member from writing until the moment given, or for good when it is empty. */
  public void ban(Optional<Instant> until, String reason, String moderator, Instant now) {
    if (until.isPresent() && !until.get().isAfter(now)) {
      throw new IllegalArgumentException("a ban ends in the future");
    }
    this.bannedAt = now;
    this.bannedUntil = until.orElse(null);
    this.banReason = reason;
    this.bannedBy = moderator;
  }

  public void lift() {
    this.bannedAt = null;
    this.bannedUntil = null;
    this.banReason = null;
    this.bannedBy = null;
  }

  public boolean isBanned(Instant now) {
    return bannedAt != null && (bannedUntil == null || bannedUntil.isAfter(now));
  }

  public long getMemberId() {
    return memberId;
  }

  public Trust getTrust() {
    return trust;
  }

  public int getApprovedCount() {
    return approvedCount;
  }

  public Instant getBannedAt() {
    return bannedAt;
  }

  /** When the ban ends; empty for a ban for good. */
  public Optional<Instant> getBannedUntil() {
    return Optional.ofNullable(bannedUntil);
  }

  public String getBanReason() {
    return banReason;
  }

  public String getBannedBy() {
    return bannedBy;
  }
}
