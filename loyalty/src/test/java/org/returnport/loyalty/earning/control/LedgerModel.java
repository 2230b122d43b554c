package org.returnport.loyalty.earning.control;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;

/**
 * One member's ledger in memory, written the way {@code Ledger} and the earning observers write it:
 * the real account, entries and postings, the real earning arithmetic ({@link AwardRules}), one
 * entry per key (a replay changes nothing), ids given as the database gives them.
 */
final class LedgerModel {

  private static final Field ENTRY_ID = field(LedgerEntry.class);
  private static final Field ACCOUNT_ID = field(LoyaltyAccount.class);

  final LoyaltyAccount account = new LoyaltyAccount(7, Instant.EPOCH);
  final List<LedgerEntry> entries = new ArrayList<>();
  private final Map<String, LedgerEntry> byKey = new HashMap<>();
  private final long dailyCap;
  long clawedFromBalance;

  LedgerModel(long dailyCap) {
    this.dailyCap = dailyCap;
    try {
      ACCOUNT_ID.set(account, 1L);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An award under the daily cap, on hold or spendable; empty when capped to nothing or replayed.
   */
  Optional<LedgerEntry> award(String key, long points, boolean held, Instant at) {
    if (byKey.containsKey(key)) {
      return Optional.empty();
    }
    Instant day = AwardRules.dayStart(at);
    long earnedToday =
        entries.stream()
            .filter(e -> e.getKind() == EntryKind.EARN)
            .filter(e -> !e.getCreatedAt().isBefore(day))
            .filter(e -> e.getCreatedAt().isBefore(day.plus(Duration.ofDays(1))))
            .mapToLong(e -> e.getPoints() + e.getPendingPoints())
            .sum();
    long allowed = AwardRules.capped(points, earnedToday, dailyCap);
    if (allowed == 0) {
      return Optional.empty();
    }
    return post(
        held
            ? Posting.pending(
                key, "review", allowed, 0, at.plus(Duration.ofDays(14)), at, "loyalty.entry.review")
            : Posting.earned(key, "join", allowed, 0, at, "loyalty.entry.join"));
  }

  /** Confirms a held award with no follow-up yet, as {@code Holds.confirm} does. */
  Optional<LedgerEntry> confirm(LedgerEntry award, Instant at) {
    if (award.getPendingPoints() <= 0 || !followUps(award).isEmpty()) {
      return Optional.empty();
    }
    return post(Posting.confirmation(award, at));
  }

  /** Takes an award back, as {@code ReviewPoints.withdrawn} does. */
  Optional<LedgerEntry> clawBack(LedgerEntry award, Instant at) {
    List<LedgerEntry> followUps = followUps(award);
    if (followUps.stream().anyMatch(f -> f.getKind() == EntryKind.CLAWBACK)) {
      return Optional.empty();
    }
    boolean confirmed = followUps.stream().anyMatch(f -> f.getKind() == EntryKind.CONFIRM);
    AwardRules.ClawBack taken =
        AwardRules.clawBack(award.getPoints(), award.getPendingPoints(), confirmed);
    clawedFromBalance += taken.confirmedPart();
    return post(
        Posting.clawBack(
            award,
            taken.confirmedPart(),
            taken.pendingPart(),
            at,
            "loyalty.entry.clawedBack.withdrawn"));
  }

  /** Spends points, never more than the balance, once per key. */
  Optional<LedgerEntry> redeem(String key, long points, Instant at) {
    if (points <= 0 || points > account.getBalance()) {
      return Optional.empty();
    }
    return post(Posting.redemption(key, points, 0, at, "loyalty.entry.redeemed"));
  }

  Optional<LedgerEntry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  List<LedgerEntry> followUps(LedgerEntry award) {
    return entries.stream().filter(e -> award.getId().equals(e.getRelatesTo())).toList();
  }

  List<LedgerEntry> awards() {
    return entries.stream().filter(e -> e.getKind() == EntryKind.EARN).toList();
  }

  long balanceRecount() {
    return entries.stream().mapToLong(LedgerEntry::getPoints).sum();
  }

  long pendingRecount() {
    return entries.stream().mapToLong(LedgerEntry::getPendingPoints).sum();
  }

  private Optional<LedgerEntry> post(Posting posting) {
    if (byKey.containsKey(posting.sourceKey())) {
      return Optional.empty();
    }
    LedgerEntry entry = account.post(posting);
    try {
      ENTRY_ID.set(entry, (long) entries.size() + 1);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    entries.add(entry);
    byKey.put(posting.sourceKey(), entry);
    return Optional.of(entry);
  }

  private static Field field(Class<?> entity) {
    try {
      Field id = entity.getDeclaredField("id");
      id.setAccessible(true);
      return id;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
