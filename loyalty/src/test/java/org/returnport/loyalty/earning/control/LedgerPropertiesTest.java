package org.returnport.loyalty.earning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;

/**
 * The ledger's invariants under any sequence of awards (held or spendable, under the daily cap),
 * confirmations, claw-backs, redemptions and replays of all of them.
 */
class LedgerPropertiesTest {

  private static final Instant START = Instant.parse("2026-03-30T22:00:00Z");
  private static final long CAP = 500;

  sealed interface Op permits Award, Confirm, ClawBack, Redeem {}

  record Award(int source, long points, boolean held, int hours) implements Op {}

  record Confirm(int source) implements Op {}

  record ClawBack(int source) implements Op {}

  record Redeem(int key, long points) implements Op {}

  @Property
  void theAccountAlwaysEqualsTheSumOfItsEntries(@ForAll("operations") List<Op> ops) {
    LedgerModel ledger = new LedgerModel(CAP);
    for (Op op : ops) {
      apply(ledger, op);
      assertThat(ledger.account.getBalance()).isEqualTo(ledger.balanceRecount());
      assertThat(ledger.account.getPending()).isEqualTo(ledger.pendingRecount());
      assertThat(ledger.account.getPending()).isNotNegative();
    }
  }

  @Property
  void noCauseWritesTwiceAndEveryDeliveryTwiceChangesNothing(@ForAll("operations") List<Op> ops) {
    LedgerModel ledger = new LedgerModel(CAP);
    for (Op op : ops) {
      apply(ledger, op);
      long balance = ledger.account.getBalance();
      long pending = ledger.account.getPending();
      int written = ledger.entries.size();

      assertThat(apply(ledger, op)).as("delivered again: %s", op).isEmpty();

      assertThat(ledger.entries).hasSize(written);
      assertThat(ledger.account.getBalance()).isEqualTo(balance);
      assertThat(ledger.account.getPending()).isEqualTo(pending);
    }
    int written = ledger.entries.size();
    ops.stream().filter(op -> op instanceof Award).forEach(op -> apply(ledger, op));
    assertThat(ledger.entries).as("every award replayed at the end").hasSize(written);
    assertThat(new HashSet<>(ledger.entries.stream().map(LedgerEntry::getSourceKey).toList()))
        .hasSize(written);
    for (LedgerEntry award : ledger.awards()) {
      List<LedgerEntry> followUps = ledger.followUps(award);
      assertThat(followUps.stream().filter(f -> f.getKind() == EntryKind.CONFIRM))
          .hasSizeLessThan(2);
      assertThat(followUps.stream().filter(f -> f.getKind() == EntryKind.CLAWBACK))
          .hasSizeLessThan(2);
    }
  }

  @Property
  void aClawBackTakesExactlyWhatTheAwardGaveAndLeavesADebtNoDeeper(
      @ForAll("operations") List<Op> ops) {
    LedgerModel ledger = new LedgerModel(CAP);
    for (Op op : ops) {
      long balanceBefore = ledger.account.getBalance();
      long pendingBefore = ledger.account.getPending();
      Optional<LedgerEntry> written = apply(ledger, op);
      if (written.isPresent() && written.get().getKind() == EntryKind.CLAWBACK) {
        LedgerEntry clawBack = written.get();
        LedgerEntry award = ledger.entries.get((int) (long) clawBack.getRelatesTo() - 1);
        long given = award.getPoints() + award.getPendingPoints();
        assertThat(balanceBefore - ledger.account.getBalance()).isBetween(0L, given);
        assertThat(pendingBefore - ledger.account.getPending()).isBetween(0L, given);
        assertThat(
                ledger.followUps(award).stream()
                    .mapToLong(f -> f.getPoints() + f.getPendingPoints())
                    .sum())
            .as("award and its follow-ups add up to nothing")
            .isEqualTo(-given);
      }
      if (written.isPresent() && written.get().getKind() == EntryKind.REDEEM) {
        assertThat(ledger.account.getBalance())
            .as("a redemption never makes a debt")
            .isNotNegative();
      }
      assertThat(ledger.account.getBalance()).isGreaterThanOrEqualTo(-ledger.clawedFromBalance);
      assertThat(ledger.account.getDebt()).isEqualTo(Math.max(0, -ledger.account.getBalance()));
    }
  }

  @Property
  void noDayEarnsBeyondTheCap(@ForAll("operations") List<Op> ops) {
    LedgerModel ledger = new LedgerModel(CAP);
    ops.forEach(op -> apply(ledger, op));
    Map<Instant, Long> perDay =
        ledger.awards().stream()
            .collect(
                Collectors.groupingBy(
                    e -> AwardRules.dayStart(e.getCreatedAt()),
                    Collectors.summingLong(e -> e.getPoints() + e.getPendingPoints())));
    assertThat(perDay.values()).allSatisfy(sum -> assertThat(sum).isBetween(1L, CAP));
  }

  private static Optional<LedgerEntry> apply(LedgerModel ledger, Op op) {
    Instant at = START.plus(Duration.ofHours(ledger.entries.size()));
    if (op instanceof Award award) {
      return ledger.award(
          "review/" + award.source(),
          award.points(),
          award.held(),
          START.plus(Duration.ofHours(award.hours())));
    }
    if (op instanceof Redeem redeem) {
      return ledger.redeem("r" + redeem.key(), redeem.points(), at);
    }
    if (op instanceof Confirm confirm) {
      return ledger.byKey("review/" + confirm.source()).flatMap(award -> ledger.confirm(award, at));
    }
    return ledger
        .byKey("review/" + ((ClawBack) op).source())
        .flatMap(award -> ledger.clawBack(award, at));
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> award =
        Combinators.combine(
                Arbitraries.integers().between(0, 12),
                Arbitraries.longs().between(1, 400),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 72))
            .as(Award::new);
    Arbitrary<Op> confirm = Arbitraries.integers().between(0, 12).map(Confirm::new);
    Arbitrary<Op> clawBack = Arbitraries.integers().between(0, 12).map(ClawBack::new);
    Arbitrary<Op> redeem =
        Combinators.combine(
                Arbitraries.integers().between(0, 8), Arbitraries.longs().between(1, 600))
            .as(Redeem::new);
    return Arbitraries.frequencyOf(
            Tuple.of(4, award), Tuple.of(2, confirm), Tuple.of(2, clawBack), Tuple.of(2, redeem))
        .list()
        .ofMaxSize(40);
  }
}
