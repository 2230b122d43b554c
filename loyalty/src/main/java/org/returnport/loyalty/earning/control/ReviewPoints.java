package org.returnport.loyalty.earning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.returnport.events.ReviewPublished;
import org.returnport.events.ReviewWithdrawn;
import org.returnport.loyalty.earning.control.Awarding.Award;
import org.returnport.loyalty.earning.control.EarningFacts.OrderLineRef;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.members.entity.Member;
import org.returnport.values.EmailAddress;

/**
 * Points for reviews, the heart of the program. A published review of a product the member bought
 * earns once per order line, on hold for the program's hold days: the review's points (more with
 * photos), a bonus when a closed return of the product verified it, and a bonus for the member's
 * first review. The same review announced again (an edit, a badge, a moderator's approval) finds
 * its keys written and earns nothing more, except what it newly qualifies for (the return bonus). A
 * withdrawn or hidden review gives back all it earned; restored afterwards, it earns again in a new
 * round.
 */
@Dependent
public class ReviewPoints {

  static final String REVIEW = "review";
  static final String RETURN_BONUS = "review-return";
  static final String FIRST_REVIEW = "first-review";

  @Inject EarningFacts facts;

  @Inject ProgramInForce program;

  @Inject Ledger ledger;

  @Inject Awarding awarding;

  public void published(@Observes ReviewPublished event) {
    Optional<Member> earner = facts.earner(event.memberId());
    Optional<EmailAddress> email = earner.flatMap(member -> EmailAddress.parse(member.getEmail()));
    if (email.isEmpty()) {
      return;
    }
    Long returnId = event.verifiedReturn() ? event.returnId() : null;
    Optional<OrderLineRef> reviewed = facts.lineReviewed(email.get(), event.sku(), returnId);
    if (reviewed.isEmpty()) {
      return;
    }
    OrderLineRef line = reviewed.get();
    ProgramInForce.Rules rules = program.now();
    ProgramRules.Earning earning = rules.rules().earning();
    Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
    LoyaltyAccount account = ledger.lockedAccount(event.memberId());
    String base = "review/" + line.orderId() + "/" + line.lineNo();
    int round = round(base);
    List<String> titles = facts.titles(event.sku());
    String titleEn = titles.get(0);
    String titleZh = titles.get(1);
    String rma = line.returnId() == null ? null : line.rma();

    long points = event.withPhotos() ? earning.reviewWithPhotos() : earning.review();
    if (points > 0) {
      Award review =
          rma == null
              ? new Award(
                  AwardRules.inRound(base, round),
                  REVIEW,
                  points,
                  event.reviewId(),
                  null,
                  event.withPhotos() ? "loyalty.entry.reviewWithPhotos" : "loyalty.entry.review",
                  titleEn,
                  titleZh)
              : new Award(
                  AwardRules.inRound(base, round),
                  REVIEW,
                  points,
                  event.reviewId(),
                  line.returnId(),
                  "loyalty.entry.reviewAfterReturn",
                  titleEn,
                  titleZh,
                  rma);
      awarding.pending(account, review, rules, at);
    }
    if (rma != null && earning.verifiedReturnBonus() > 0) {
      awarding.pending(
          account,
          new Award(
              AwardRules.inRound(RETURN_BONUS + "/" + line.returnId() + "/" + line.lineNo(), round),
              RETURN_BONUS,
              earning.verifiedReturnBonus(),
              event.reviewId(),
              line.returnId(),
              "loyalty.entry.returnBonus",
              titleEn,
              titleZh,
              rma),
          rules,
          at);
    }
    firstReviewKey(event, round)
        .filter(key -> earning.firstReviewBonus() > 0)
        .ifPresent(
            key ->
                awarding.pending(
                    account,
                    new Award(
                        key,
                        FIRST_REVIEW,
                        earning.firstReviewBonus(),
                        event.reviewId(),
                        null,
                        "loyalty.entry.firstReview",
                        titleEn,
                        titleZh),
                    rules,
                    at));
  }

  public void withdrawn(@Observes ReviewWithdrawn event) {
    if (ledger.account(event.memberId()).isEmpty()) {
      return;
    }
    LoyaltyAccount account = ledger.lockedAccount(event.memberId());
    Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
    String messageKey =
        switch (event.why()) {
          case WITHDRAWN_BY_AUTHOR -> "loyalty.entry.clawedBack.withdrawn";
          case HIDDEN_BY_MODERATOR -> "loyalty.entry.clawedBack.hidden";
          case DELETED_BY_MODERATOR -> "loyalty.entry.clawedBack.deleted";
        };
    for (LedgerEntry award : facts.awardsOfReview(event.reviewId())) {
      List<LedgerEntry> followUps = facts.followUps(award);
      if (award.getMemberId() != event.memberId()
          || followUps.stream().anyMatch(f -> f.getKind() == EntryKind.CLAWBACK)) {
        continue;
      }
      boolean confirmed = followUps.stream().anyMatch(f -> f.getKind() == EntryKind.CONFIRM);
      AwardRules.ClawBack taken =
          AwardRules.clawBack(award.getPoints(), award.getPendingPoints(), confirmed);
      ledger.post(
          account,
          Posting.clawBack(award, taken.confirmedPart(), taken.pendingPart(), at, messageKey));
    }
  }

  /**
   * The round the review earns in: the first (0) until its award is clawed back, then the next.
   * Parts of a round not earned yet (the return bonus after a badge came) are earned in the round
   * still standing.
   */
  private int round(String base) {
    int round = 0;
    Optional<LedgerEntry> award = ledger.byKey(base);
    while (award.isPresent()) {
      Optional<LedgerEntry> next = ledger.byKey(AwardRules.inRound(base, round + 1));
      if (next.isEmpty()) {
        return clawedBack(award.get()) ? round + 1 : round;
      }
      award = next;
      round++;
    }
    return round;
  }

  private boolean clawedBack(LedgerEntry award) {
    return ledger.followUps(award).stream().anyMatch(f -> f.getKind() == EntryKind.CLAWBACK);
  }

  /**
   * The first-review bonus goes to the member's first review that earned: in later rounds only to
   * that same review again, so that a member never holds two at once.
   */
  private Optional<String> firstReviewKey(ReviewPublished event, int round) {
    String key = FIRST_REVIEW + "/" + event.memberId();
    if (round == 0) {
      return Optional.of(key);
    }
    return ledger
        .byKey(key)
        .filter(first -> first.getReviewId() != null && first.getReviewId() == event.reviewId())
        .map(first -> AwardRules.inRound(key, round));
  }
}
