package org.returnport.loyalty.earning.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The arithmetic of earning, apart from any storage so that the ledger's property tests run the
 * very rules the observers apply: the daily cap, the monthly cap on helpful marks, what a claw-back
 * takes from the points on hold and what from the balance, and the key of a review's later rounds.
 */
public final class AwardRules {

  private AwardRules() {}

  /**
   * What may still be awarded of {@code points} today, when the member earned {@code earnedToday}
   * already: all of it under the cap, the remainder when it reaches the cap, nothing beyond it.
   */
  public static long capped(long points, long earnedToday, long dailyCap) {
    if (points <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(points, dailyCap - earnedToday));
  }

  /** Whether one more helpful mark earns points, after {@code awardedThisMonth} did. */
  public static boolean helpfulCounts(long awardedThisMonth, int perMonth) {
    return awardedThisMonth < perMonth;
  }

  /**
   * What taking back an award does: an award still on hold leaves the pending points, one that was
   * confirmed (or earned spendable) leaves the balance, even when that was spent already: the
   * balance then goes below zero by exactly this part, a debt that later points repay.
   *
   * @param points the award's effect on the balance (earned spendable)
   * @param pendingPoints the award's effect on the pending points (earned on hold)
   * @param confirmed whether its hold passed and it was confirmed
   */
  public static ClawBack clawBack(long points, long pendingPoints, boolean confirmed) {
    return confirmed
        ? new ClawBack(points + pendingPoints, 0)
        : new ClawBack(points, pendingPoints);
  }

  /** A claw-back: points taken from the balance and from the points on hold. */
  public record ClawBack(long confirmedPart, long pendingPart) {}

  /** Start of the UTC day the instant falls in: the daily cap counts per UTC day. */
  public static Instant dayStart(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Start of the UTC calendar month the instant falls in. */
  public static Instant monthStart(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC)
        .withDayOfMonth(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  /** Start of the month after the one the instant falls in. */
  public static Instant nextMonthStart(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC)
        .withDayOfMonth(1)
        .plusMonths(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  /**
   * The key of an award in the given round of its review: the first publication earns under the
   * plain key, a publication after a claw-back (a moderator restored the review) under {@code
   * key/again-n}.
   */
  public static String inRound(String key, int round) {
    return round == 0 ? key : key + "/again-" + round;
  }
}
