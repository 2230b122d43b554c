package org.returnport.loyalty.expiry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.returnport.loyalty.expiry.control.ExpiryRules.Account;
import org.returnport.loyalty.expiry.control.ExpiryRules.Credit;
import org.returnport.loyalty.expiry.control.ExpiryRules.Lapse;
import org.returnport.loyalty.program.entity.ProgramRules.Expiry;
import org.returnport.loyalty.program.entity.ProgramRules.ExpiryMode;

/**
 * Random histories of a member's points (awards at once and on hold, confirmations, redemptions,
 * claw-backs into debt, adjustments, time passing, expiry runs), checked against a model that keeps
 * each award as a lot and spends the oldest lots first: expiry takes exactly the unspent rest of
 * the lots whose day has come, never pending points, never more than the balance, and a second run
 * takes nothing.
 */
class ExpiryPropertiesTest {

  private static final Instant START = Instant.parse("2027-01-01T00:00:00Z");

  private static final List<String> ZONES =
      List.of(
          "UTC",
          "Asia/Shanghai",
          "America/New_York",
          "Europe/Berlin",
          "Pacific/Auckland",
          "Pacific/Kiritimati",
          "America/Los_Angeles");

  sealed interface Step {}

  record EarnNow(int points) implements Step {}

  record EarnPending(int points) implements Step {}

  record ConfirmOldest() implements Step {}

  record Redeem(int points) implements Step {}

  record ClawBack(int points) implements Step {}

  record AdjustDown(int points) implements Step {}

  record Wait(int hours) implements Step {}

  record RunExpiry() implements Step {}

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Integer> points = Arbitraries.integers().between(1, 400);
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, points.map(EarnNow::new)),
            net.jqwik.api.Tuple.of(2, points.map(EarnPending::new)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(new ConfirmOldest())),
            net.jqwik.api.Tuple.of(3, points.map(Redeem::new)),
            net.jqwik.api.Tuple.of(1, points.map(ClawBack::new)),
            net.jqwik.api.Tuple.of(1, points.map(AdjustDown::new)),
            net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 24 * 120).map(Wait::new)),
            net.jqwik.api.Tuple.of(3, Arbitraries.just(new RunExpiry())));
    return step.list().ofMinSize(1).ofMaxSize(60);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES).map(ZoneId::of);
  }

  /** A member's points as the ledger keeps them, and beside them the lots of the model. */
  static final class Member {
    final ZoneId zone;
    final Expiry expiry;
    Instant now = START;
    long balance;
    long pending;
    long taken;
    Instant lastActive = START;
    final List<Credit> credits = new ArrayList<>();
    final Deque<Long> pendingAwards = new ArrayDeque<>();
    // The model: unspent lots, oldest first, and what was spent beyond them.
    final Deque<long[]> lots = new ArrayDeque<>();
    final List<Instant> lotTimes = new ArrayList<>();
    long debt;

    Member(ZoneId zone, Expiry expiry) {
      this.zone = zone;
      this.expiry = expiry;
    }

    void credit(long points) {
      balance += points;
      credits.add(new Credit(now, points));
      long rest = points;
      long repaid = Math.min(debt, rest);
      debt -= repaid;
      rest -= repaid;
      lots.addLast(new long[] {now.toEpochMilli(), rest});
    }

    void debit(long points) {
      balance -= points;
      taken += points;
      long rest = points;
      while (rest > 0 && !lots.isEmpty()) {
        long[] oldest = lots.peekFirst();
        long used = Math.min(oldest[1], rest);
        oldest[1] -= used;
        rest -= used;
        if (oldest[1] == 0) {
          lots.removeFirst();
        }
      }
      debt += rest;
    }

    /** What the model says lapses at {@code now}: the unspent rest of lots whose day came. */
    long modelDue() {
      long due = 0;
      for (long[] lot : lots) {
        LocalDate on =
            LocalDate.ofInstant(Instant.ofEpochMilli(lot[0]), zone).plusMonths(expiry.months());
        if (!on.atStartOfDay(zone).toInstant().isAfter(now)) {
          due += lot[1];
        }
      }
      return due;
    }

    Account account() {
      return new Account(balance, lastActive, credits, taken);
    }

    long due() {
      return ExpiryRules.due(ExpiryRules.schedule(expiry, zone, account()), now)
          .map(Lapse::points)
          .orElse(0L);
    }
  }

  @Property(tries = 400)
  void rollingExpiryTakesExactlyTheUnspentRestOfTheOldestPointsAndOnce(
      @ForAll("histories") List<Step> history,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 1, max = 14) int months) {
    Member m = new Member(zone, new Expiry(ExpiryMode.ROLLING, months));
    for (Step step : history) {
      apply(m, step);
      if (step instanceof RunExpiry) {
        long pendingBefore = m.pending;
        long balanceBefore = m.balance;
        long due = m.due();
        assertThat(due).as("the model's lapse").isEqualTo(m.modelDue());
        assertThat(due).isBetween(0L, Math.max(0, balanceBefore));
        if (due > 0) {
          m.debit(due);
        }
        assertThat(m.pending).isEqualTo(pendingBefore);
        assertThat(m.due()).as("a second run").isZero();
        if (balanceBefore >= 0) {
          assertThat(m.balance).isNotNegative();
        }
      }
    }
  }

  @Property(tries = 300)
  void inactivityTakesTheWholeSpendableBalanceOnceTheMonthsHavePassedAndNeverPendingPoints(
      @ForAll("histories") List<Step> history,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 1, max = 14) int months) {
    Member m = new Member(zone, new Expiry(ExpiryMode.INACTIVITY, months));
    for (Step step : history) {
      apply(m, step);
      if (step instanceof RunExpiry) {
        long due = m.due();
        LocalDate on = LocalDate.ofInstant(m.lastActive, zone).plusMonths(months);
        boolean passed = !on.atStartOfDay(zone).toInstant().isAfter(m.now);
        assertThat(due).isEqualTo(passed ? Math.max(0, m.balance) : 0);
        long pending = m.pending;
        if (due > 0) {
          m.debit(due);
        }
        assertThat(m.pending).isEqualTo(pending);
        assertThat(m.due()).as("a second run").isZero();
      }
    }
  }

  @Property(tries = 300)
  void warningsComeOnceForEachLapseAndAtLeastThirtyDaysAhead(
      @ForAll("histories") List<Step> history,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 1, max = 14) int months,
      @ForAll boolean rolling) {
    Member m =
        new Member(zone, new Expiry(rolling ? ExpiryMode.ROLLING : ExpiryMode.INACTIVITY, months));
    Instant warnedAt = null;
    for (Step step : history) {
      apply(m, step);
      if (step instanceof RunExpiry) {
        List<Lapse> coming =
            ExpiryRules.coming(ExpiryRules.schedule(m.expiry, zone, m.account()), m.now);
        for (Lapse lapse : coming) {
          assertThat(Duration.between(m.now, lapse.at())).isPositive();
          assertThat(Duration.between(m.now, lapse.at()))
              .isLessThanOrEqualTo(ExpiryRules.WARN_AHEAD);
        }
        if (ExpiryRules.needsWarning(coming, warnedAt, m.lastActive)) {
          warnedAt = m.now;
        }
        // Told now: the same run again tells nothing new.
        assertThat(ExpiryRules.needsWarning(coming, warnedAt, m.lastActive))
            .isEqualTo(coming.isEmpty() ? false : warnedAt == null);
      }
    }
  }

  @Property(tries = 500)
  void accountsActiveAfterTheJobsBoundHaveNothingDueNorComing(
      @ForAll @IntRange(min = 0, max = 3000) int dayOfRun,
      @ForAll @IntRange(min = 0, max = 60 * 24 * 60) int minutesAfterBound,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 1, max = 120) int months) {
    Expiry expiry = new Expiry(ExpiryMode.INACTIVITY, months);
    Instant now = START.plus(Duration.ofDays(dayOfRun)).plus(Duration.ofMinutes(dayOfRun * 7L));
    Instant active =
        ExpiryRules.activeBefore(expiry, now).plus(Duration.ofMinutes(minutesAfterBound));
    List<Lapse> schedule =
        ExpiryRules.schedule(expiry, zone, new Account(100, active, List.of(), 0));
    assertThat(ExpiryRules.due(schedule, now)).isEmpty();
    assertThat(ExpiryRules.coming(schedule, now)).isEmpty();
  }

  private static void apply(Member m, Step step) {
    if (step instanceof EarnNow earn) {
      m.lastActive = m.now;
      m.credit(earn.points());
    } else if (step instanceof EarnPending earn) {
      m.lastActive = m.now;
      m.pending += earn.points();
      m.pendingAwards.addLast((long) earn.points());
    } else if (step instanceof ConfirmOldest && !m.pendingAwards.isEmpty()) {
      long points = m.pendingAwards.removeFirst();
      m.pending -= points;
      m.credit(points);
    } else if (step instanceof Redeem redeem) {
      long points = Math.min(redeem.points(), m.balance);
      if (points > 0) {
        m.lastActive = m.now;
        m.debit(points);
      }
    } else if (step instanceof ClawBack claw) {
      m.debit(claw.points());
    } else if (step instanceof AdjustDown adjust) {
      m.debit(Math.min(adjust.points(), Math.max(0, m.balance)));
    } else if (step instanceof Wait wait) {
      m.now = m.now.plus(Duration.ofHours(wait.hours()));
    }
  }
}
