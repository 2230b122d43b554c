package org.returnport.loyalty.earning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce.Rules;

/**
 * Writes an award to a member's ledger under the daily cap of the rules in force: the whole award
 * below the cap, what remains of the day's cap when it reaches it, nothing (no entry at all) when
 * the day's points are all earned. The caller holds the member's account lock, so two awards at
 * once never both fit under the same remainder.
 */
@Dependent
public class Awarding {

  @Inject Ledger ledger;

  @Inject EarningFacts facts;

  /** Spendable at once. */
  public Optional<LedgerEntry> spendable(
      LoyaltyAccount locked, Award award, Rules rules, Instant at) {
    long points = allowed(locked, award, rules, at);
    if (points == 0) {
      return Optional.empty();
    }
    return ledger.post(
        locked,
        Posting.earned(
                award.key(),
                award.source(),
                points,
                rules.versionNo(),
                at,
                award.messageKey(),
                award.args())
            .about(award.reviewId(), award.returnId()));
  }

  /** On hold for the program's hold days, then confirmed by {@code HoldRelease}. */
  public Optional<LedgerEntry> pending(
      LoyaltyAccount locked, Award award, Rules rules, Instant at) {
    long points = allowed(locked, award, rules, at);
    if (points == 0) {
      return Optional.empty();
    }
    return ledger.post(
        locked,
        Posting.pending(
                award.key(),
                award.source(),
                points,
                rules.versionNo(),
                at.plus(Duration.ofDays(rules.rules().holdDays())),
                at,
                award.messageKey(),
                award.args())
            .about(award.reviewId(), award.returnId()));
  }

  private long allowed(LoyaltyAccount locked, Award award, Rules rules, Instant at) {
    if (ledger.written(award.key())) {
      return 0;
    }
    Instant day = AwardRules.dayStart(at);
    long earnedToday = facts.earnedBetween(locked.getMemberId(), day, day.plus(Duration.ofDays(1)));
    return AwardRules.capped(award.points(), earnedToday, rules.rules().dailyCap());
  }

  /** What an award is for: its key, its source, its points and its explanation. */
  public record Award(
      String key,
      String source,
      long points,
      Long reviewId,
      Long returnId,
      String messageKey,
      String... args) {

    public static Award of(
        String key, String source, long points, String messageKey, String... args) {
      return new Award(key, source, points, null, null, messageKey, args);
    }
  }
}
