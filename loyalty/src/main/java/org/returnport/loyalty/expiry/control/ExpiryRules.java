package org.returnport.loyalty.expiry.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.returnport.loyalty.program.entity.ProgramRules.Expiry;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;

/**
 * When a member's points lapse, as calendar dates in the store's zone: points "expire on 28
 * February" lapse when that day begins there. Months are calendar months: 31 January plus one month
 * is the last day of February (the 29th in a leap year), 29 February plus twelve months is 28
 * February.
 *
 * <ul>
 *   <li>{@code INACTIVITY}: the whole spendable balance lapses N months after the member last
 *       earned or redeemed.
 *   <li>{@code ROLLING}: points lapse N months after they became spendable (earned at once, or the
 *       day a pending award was confirmed), oldest first: whatever was taken since (redeemed,
 *       expired, clawed back, adjusted down) is counted against the oldest points, so only what is
 *       still unspent of them lapses.
 * </ul>
 *
 * Either way a lapse never takes more than the balance (nothing when the member is in debt) and
 * never touches pending points, which are not spendable yet.
 */
public final class ExpiryRules {

  /**
   * How far ahead a member is warned. The job runs once a day, so warning what lapses within 31
   * days gives every member at least the 30 days' notice the program promises.
   */
  public static final Duration WARN_AHEAD = Duration.ofDays(31);

  private ExpiryRules() {}

  /** Points that became spendable at a moment (an entry that raised the balance). */
  public record Credit(Instant at, long points) {}

  /**
   * What the rules need of an account: its balance, when it was last active (earned or redeemed;
   * when it opened, if never), every credit in the order they came, and all ever taken from the
   * balance (the sum of the entries that lowered it, as a positive number).
   */
  public record Account(long balance, Instant lastActive, List<Credit> credits, long taken) {

    public Account {
      credits = credits.stream().sorted(Comparator.comparing(Credit::at)).toList();
    }
  }

  /** Points that lapse when the day {@code on} begins in the store's zone, at {@code at}. */
  public record Lapse(LocalDate on, Instant at, long points) {}

  /**
   * Every lapse still to come (or due and not yet taken) if the member did nothing more, earliest
   * first; empty when the program lets points live for ever.
   */
  public static List<Lapse> schedule(Expiry expiry, ZoneId zone, Account account) {
    if (expiry == null || expiry.mode() == ExpiryMode.NONE || expiry.months() < 1) {
      return List.of();
    }
    long spendable = Math.max(0, account.balance());
    if (spendable == 0) {
      return List.of();
    }
    if (expiry.mode() == ExpiryMode.INACTIVITY) {
      LocalDate on = day(account.lastActive(), zone).plusMonths(expiry.months());
      return List.of(new Lapse(on, start(on, zone), spendable));
    }
    List<Lapse> lapses = new ArrayList<>();
    long earned = 0;
    long lapsing = 0;
    for (Credit credit : account.credits()) {
      earned += credit.points();
      long upToHere = Math.min(Math.max(0, earned - account.taken()), spendable);
      long more = upToHere - lapsing;
      if (more <= 0) {
        continue;
      }
      lapsing = upToHere;
      LocalDate on = day(credit.at(), zone).plusMonths(expiry.months());
      int last = lapses.size() - 1;
      if (last >= 0 && lapses.get(last).on().equals(on)) {
        // The last days of a long month all reach the end of a shorter one.
        lapses.set(last, new Lapse(on, lapses.get(last).at(), lapses.get(last).points() + more));
      } else {
        lapses.add(new Lapse(on, start(on, zone), more));
      }
    }
    return List.copyOf(lapses);
  }

  /**
   * What is due at {@code now}: all lapses whose day has begun, as one, dated by the latest of them
   * (which names the expiry entry, so that a second run of the same day writes nothing).
   */
  public static Optional<Lapse> due(List<Lapse> schedule, Instant now) {
    Lapse due = null;
    for (Lapse lapse : schedule) {
      if (!lapse.at().isAfter(now)) {
        due =
            due == null ? lapse : new Lapse(lapse.on(), lapse.at(), due.points() + lapse.points());
      }
    }
    return Optional.ofNullable(due);
  }

  /** The lapses after {@code now} and within {@link #WARN_AHEAD} of it: what a warning names. */
  public static List<Lapse> coming(List<Lapse> schedule, Instant now) {
    Instant horizon = now.plus(WARN_AHEAD);
    return schedule.stream()
        .filter(lapse -> lapse.at().isAfter(now) && !lapse.at().isAfter(horizon))
        .toList();
  }

  /**
   * Whether the member should be warned of these coming lapses: once per lapse. A warning given at
   * {@code warnedAt} told of every lapse within {@link #WARN_AHEAD} of it; it no longer holds once
   * the member was active after it (their points or dates changed).
   */
  public static boolean needsWarning(List<Lapse> coming, Instant warnedAt, Instant lastActive) {
    if (coming.isEmpty()) {
      return false;
    }
    if (warnedAt == null || lastActive != null && lastActive.isAfter(warnedAt)) {
      return true;
    }
    Instant told = warnedAt.plus(WARN_AHEAD);
    return coming.stream().anyMatch(lapse -> lapse.at().isAfter(told));
  }

  /**
   * Accounts last active (or, for ROLLING, opened) after this moment have nothing due at {@code
   * now} nor within {@link #WARN_AHEAD} of it, in any zone: the job reads only the others. Eight
   * days to spare: going back and forth by calendar months loses up to three days each way (31 May
   * less three months is 28 February), and a zone shifts the day by one.
   */
  public static Instant activeBefore(Expiry expiry, Instant now) {
    return now.atZone(java.time.ZoneOffset.UTC)
        .minusMonths(expiry.months())
        .plus(WARN_AHEAD)
        .plusDays(8)
        .toInstant();
  }

  private static LocalDate day(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
