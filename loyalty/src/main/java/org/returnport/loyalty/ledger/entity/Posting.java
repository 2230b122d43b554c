package org.returnport.loyalty.ledger.entity;

import java.time.Instant;
import java.util.List;

/**
 * An entry about to be written: what it does to the balance and to the pending points, the unique
 * key of its cause, and how it explains itself. Made by the factories below, which keep the signs
 * right for each kind.
 */
public record Posting(
    EntryKind kind,
    long points,
    long pendingPoints,
    String sourceKey,
    String source,
    Long relatesTo,
    Long reviewId,
    Long returnId,
    int rulesVersion,
    Instant confirmAfter,
    String messageKey,
    List<String> messageArgs,
    String actor,
    String reason,
    Instant at) {

  public static final int MAX_KEY = 190;

  public Posting {
    if (sourceKey == null || sourceKey.isBlank() || sourceKey.length() > MAX_KEY) {
      throw new IllegalArgumentException("a ledger entry needs a key of its cause: " + sourceKey);
    }
    messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
  }

  /** Points awarded at once, spendable now. */
  public static Posting earned(
      String sourceKey,
      String source,
      long points,
      int rulesVersion,
      Instant at,
      String messageKey,
      String... args) {
    return new Posting(
        EntryKind.EARN,
        points,
        0,
        sourceKey,
        source,
        null,
        null,
        null,
        rulesVersion,
        null,
        messageKey,
        List.of(args),
        null,
        null,
        at);
  }

  /** Points awarded on hold until {@code confirmAfter}. */
  public static Posting pending(
      String sourceKey,
      String source,
      long points,
      int rulesVersion,
      Instant confirmAfter,
      Instant at,
      String messageKey,
      String... args) {
    return new Posting(
        EntryKind.EARN,
        0,
        points,
        sourceKey,
        source,
        null,
        null,
        null,
        rulesVersion,
        confirmAfter,
        messageKey,
        List.of(args),
        null,
        null,
        at);
  }

  /** The same posting, about a review (and the return that verified it, if any). */
  public Posting about(Long reviewId, Long returnId) {
    return new Posting(
        kind,
        points,
        pendingPoints,
        sourceKey,
        source,
        relatesTo,
        reviewId,
        returnId,
        rulesVersion,
        confirmAfter,
        messageKey,
        messageArgs,
        actor,
        reason,
        at);
  }

  /** A pending award's hold passed: its points move from pending to the balance. */
  public static Posting confirmation(LedgerEntry award, Instant at) {
    return new Posting(
        EntryKind.CONFIRM,
        award.getPendingPoints(),
        -award.getPendingPoints(),
        "confirm/" + award.getId(),
        award.getSource(),
        award.getId(),
        award.getReviewId(),
        award.getReturnId(),
        award.getRulesVersion(),
        null,
        "loyalty.entry.confirmed",
        award.getMessageArgs(),
        null,
        null,
        at);
  }

  /**
   * An award taken back: what of it is still pending leaves the pending points, what was confirmed
   * leaves the balance (which may go below zero: a debt that later points repay).
   */
  public static Posting clawBack(
      LedgerEntry award, long confirmedPart, long pendingPart, Instant at, String messageKey) {
    return new Posting(
        EntryKind.CLAWBACK,
        -confirmedPart,
        -pendingPart,
        "clawback/" + award.getId(),
        award.getSource(),
        award.getId(),
        award.getReviewId(),
        award.getReturnId(),
        award.getRulesVersion(),
        null,
        messageKey,
        award.getMessageArgs(),
        null,
        null,
        at);
  }

  /** Points spent on a reward, once per idempotency key. */
  public static Posting redemption(
      String idempotencyKey,
      long points,
      int rulesVersion,
      Instant at,
      String messageKey,
      String... args) {
    return new Posting(
        EntryKind.REDEEM,
        -points,
        0,
        "redeem/" + idempotencyKey,
        "redemption",
        null,
        null,
        null,
        rulesVersion,
        null,
        messageKey,
        List.of(args),
        null,
        null,
        at);
  }

  /** Points that lapsed, once per key (the account and the expiry's date). */
  public static Posting expiry(
      String key, long points, int rulesVersion, Instant at, String messageKey, String... args) {
    return new Posting(
        EntryKind.EXPIRE,
        -points,
        0,
        "expire/" + key,
        "expiry",
        null,
        null,
        null,
        rulesVersion,
        null,
        messageKey,
        List.of(args),
        null,
        null,
        at);
  }

  /** Staff added (positive) or removed (negative) points, saying why. */
  public static Posting adjustment(
      String idempotencyKey,
      long points,
      String actor,
      String reason,
      int rulesVersion,
      Instant at) {
    return new Posting(
        EntryKind.ADJUST,
        points,
        0,
        "adjust/" + idempotencyKey,
        "adjustment",
        null,
        null,
        null,
        rulesVersion,
        null,
        "loyalty.entry.adjusted",
        List.of(),
        actor,
        reason,
        at);
  }
}
