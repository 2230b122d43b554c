package org.returnport.loyalty.redemption.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.returnport.events.PointsRedeemed.Reward;
import org.returnport.money.Money;
import org.returnport.tenancy.Tenancy;

/**
 * Points a member turned into store credit or a discount code, once per idempotency key in the
 * store (a unique key): the same key again is answered with this row and takes nothing more. Never
 * changed once written. A discount code is kept whole: its member reads it again, and the store
 * exports it to its shop, which keeps it in plain text anyway; staff pages show its last four.
 */
@Entity
@Table(name = "LOYALTY_REDEMPTION")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = Tenancy.COLUMN, contextProperty = Tenancy.CONTEXT_PROPERTY)
@NamedQuery(
    name = LoyaltyRedemption.BY_KEY,
    query = "SELECT r FROM LoyaltyRedemption r WHERE r.idempotencyKey = :key")
@NamedQuery(
    name = LoyaltyRedemption.OF_MEMBER,
    query = "SELECT r FROM LoyaltyRedemption r WHERE r.memberId = :memberId ORDER BY r.id DESC")
@NamedQuery(
    name = LoyaltyRedemption.OF_REWARD,
    query = "SELECT r FROM LoyaltyRedemption r WHERE r.reward = :reward ORDER BY r.id DESC")
@NamedQuery(
    name = LoyaltyRedemption.COUNT_OF_REWARD,
    query = "SELECT COUNT(r) FROM LoyaltyRedemption r WHERE r.reward = :reward")
public class LoyaltyRedemption {

  public static final String BY_KEY = "LoyaltyRedemption.byKey";
  public static final String OF_MEMBER = "LoyaltyRedemption.ofMember";
  public static final String OF_REWARD = "LoyaltyRedemption.ofReward";
  public static final String COUNT_OF_REWARD = "LoyaltyRedemption.countOfReward";

  /** The longest idempotency key a caller may choose. */
  public static final int KEY_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "IDEMPOTENCY_KEY", nullable = false, updatable = false, length = KEY_MAX)
  private String idempotencyKey;

  @Column(name = "MEMBER_ID", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "ENTRY_ID", nullable = false, updatable = false)
  private long entryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "REWARD", nullable = false, updatable = false, length = 16)
  private Reward reward;

  @Column(name = "POINTS", nullable = false, updatable = false)
  private long points;

  @Column(name = "VALUE_AMOUNT", nullable = false, updatable = false, precision = 19, scale = 4)
  private BigDecimal valueAmount;

  @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(name = "RULES_VERSION", nullable = false, updatable = false)
  private int rulesVersion;

  @Column(name = "CREDIT_ACCOUNT_ID", updatable = false)
  private Long creditAccountId;

  @Column(name = "CODE_HASH", updatable = false, length = 64)
  private String codeHash;

  @Column(name = "CODE_LAST4", nullable = false, updatable = false, length = 4)
  private String codeLast4;

  @Column(name = "CODE", updatable = false, length = 40)
  private String code;

  @Column(name = "BALANCE_AFTER", nullable = false, updatable = false)
  private long balanceAfter;

  @Column(name = "CREATED_AT", nullable = false, updatable = false)
  private Instant createdAt;

  protected LoyaltyRedemption() {}

  private LoyaltyRedemption(
      String idempotencyKey,
      long memberId,
      long entryId,
      Reward reward,
      long points,
      Money value,
      int rulesVersion,
      long balanceAfter,
      Instant createdAt) {
    if (points <= 0) {
      throw new IllegalArgumentException("a redemption takes points: " + points);
    }
    this.idempotencyKey = idempotencyKey;
    this.memberId = memberId;
    this.entryId = entryId;
    this.reward = reward;
    this.points = points;
    this.valueAmount = value.amount();
    this.currency = value.currency();
    this.rulesVersion = rulesVersion;
    this.balanceAfter = balanceAfter;
    this.createdAt = createdAt;
  }

  /** Points that became store credit, added to the member's credit account. */
  public static LoyaltyRedemption storeCredit(
      String idempotencyKey,
      long memberId,
      long entryId,
      long points,
      Money value,
      int rulesVersion,
      long balanceAfter,
      long creditAccountId,
      String creditLast4,
      Instant at) {
    LoyaltyRedemption redemption =
        new LoyaltyRedemption(
            idempotencyKey,
            memberId,
            entryId,
            Reward.STORE_CREDIT,
            points,
            value,
            rulesVersion,
            balanceAfter,
            at);
    redemption.creditAccountId = creditAccountId;
    redemption.codeLast4 = creditLast4;
    return redemption;
  }

  /** Points that became a discount code for the store's shop. */
  public static LoyaltyRedemption discountCode(
      String idempotencyKey,
      long memberId,
      long entryId,
      long points,
      Money value,
      int rulesVersion,
      long balanceAfter,
      String code,
      String codeHash,
      Instant at) {
    LoyaltyRedemption redemption =
        new LoyaltyRedemption(
            idempotencyKey,
            memberId,
            entryId,
            Reward.DISCOUNT_CODE,
            points,
            value,
            rulesVersion,
            balanceAfter,
            at);
    redemption.code = code;
    redemption.codeHash = codeHash;
    redemption.codeLast4 = code.substring(code.length() - 4);
    return redemption;
  }

  /** Whether a request under the same key asks for exactly this (a replay, not a conflict). */
  public boolean answers(long memberId, long points, Reward reward) {
    return this.memberId == memberId && this.points == points && this.reward == reward;
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public long getMemberId() {
    return memberId;
  }

  public long getEntryId() {
    return entryId;
  }

  public Reward getReward() {
    return reward;
  }

  public long getPoints() {
    return points;
  }

  public Money getValue() {
    return new Money(valueAmount, currency);
  }

  public int getRulesVersion() {
    return rulesVersion;
  }

  public Long getCreditAccountId() {
    return creditAccountId;
  }

  public String getCodeLast4() {
    return codeLast4;
  }

  /** The discount code, whole; none for store credit (its code is the credit account's). */
  public String getCode() {
    return code;
  }

  /** The member's points balance right after this redemption. */
  public long getBalanceAfter() {
    return balanceAfter;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
