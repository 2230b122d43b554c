package org.returnport.loyalty.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.tenancy.Tenancy;

/**
 * A member's points in a store, kept current with every ledger entry so that reading them is one
 * row: the spendable balance (below zero is a debt left by a claw-back after points were spent),
 * the points on hold, the tier. Always equal to the sums of the member's entries; written only
 * under a lock on this row.
 */
@Entity
@Table(name = "LOYALTY_ACCOUNT")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = LoyaltyAccount.OF_MEMBER,
    query = "SELECT a FROM LoyaltyAccount a WHERE a.memberId = :memberId")
public class LoyaltyAccount {

  public static final String OF_MEMBER = "LoyaltyAccount.ofMember";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "BALANCE", nullable = false)
  private long balance;

  @Column(name = "PENDING", nullable = false)
  private long pending;

  @Column(name = "TIER_CODE", length = 32)
  private String tierCode;

  @Column(name = "TIER_SINCE")
  private Instant tierSince;

  @Column(name = "LAST_ACTIVITY_AT")
  private Instant lastActivityAt;

  @Column(name = "EXPIRY_WARNED_AT")
  private Instant expiryWarnedAt;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected LoyaltyAccount() {}

  public LoyaltyAccount(long memberId, Instant createdAt) {
    this.memberId = memberId;
    this.createdAt = createdAt;
  }

  /**
   * Adds an entry's effect and answers the entry to persist; earning and redeeming count as
   * activity, for inactivity expiry. Only {@code Ledger} calls it, holding this row's lock.
   */
  public LedgerEntry post(Posting posting) {
    balance += posting.points();
    pending += posting.pendingPoints();
    if (posting.kind() == EntryKind.EARN || posting.kind() == EntryKind.REDEEM) {
      lastActivityAt = posting.at();
    }
    return new LedgerEntry(this, posting);
  }

  /** Moves the member to another tier (or none); answers whether it changed. */
  public boolean placeIn(String tier, Instant at) {
    if (Objects.equals(tier, tierCode)) {
      return false;
    }
    tierCode = tier;
    tierSince = at;
    return true;
  }

  /** Notes that the member was told their points will expire, so they are told once. */
  public void warnedOfExpiry(Instant at) {
    expiryWarnedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public long getBalance() {
    return balance;
  }

  /** What the member owes: points clawed back after they were spent, repaid by future points. */
  public long getDebt() {
    return Math.max(0, -balance);
  }

  public long getPending() {
    return pending;
  }

  public String getTierCode() {
    return tierCode;
  }

  public Instant getTierSince() {
    return tierSince;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getExpiryWarnedAt() {
    return expiryWarnedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
