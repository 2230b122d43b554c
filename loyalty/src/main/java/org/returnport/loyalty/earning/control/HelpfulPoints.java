package org.returnport.loyalty.earning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.returnport.events.PostMarkedHelpful;
import org.returnport.loyalty.earning.control.Awarding.Award;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;

/**
 * Points to the author of a post or review another member found helpful: spendable at once, at most
 * the program's number of marks per author and calendar month (UTC), never to staff.
 */
@Dependent
public class HelpfulPoints {

  static final String SOURCE = "helpful";

  @Inject EarningFacts facts;

  @Inject ProgramInForce program;

  @Inject Ledger ledger;

  @Inject Awarding awarding;

  public void marked(@Observes PostMarkedHelpful event) {
    long author = event.authorMemberId();
    if (author == event.markedByMemberId() || facts.earner(author).isEmpty()) {
      return;
    }
    ProgramInForce.Rules rules = program.now();
    ProgramRules.Earning earning = rules.rules().earning();
    if (earning.helpfulVote() <= 0) {
      return;
    }
    String kind = event.kind().name().toLowerCase(Locale.ROOT);
    String key = "helpful/" + kind + "/" + event.contentId() + "/" + event.markedByMemberId();
    Instant at = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
    LoyaltyAccount account = ledger.lockedAccount(author);
    if (ledger.written(key)) {
      return;
    }
    long thisMonth =
        facts.awardsBetween(
            author, SOURCE, AwardRules.monthStart(at), AwardRules.nextMonthStart(at));
    if (!AwardRules.helpfulCounts(thisMonth, earning.helpfulVotesPerMonth())) {
      return;
    }
    String messageKey =
        event.kind() == PostMarkedHelpful.Kind.REVIEW
            ? "loyalty.entry.helpfulReview"
            : "loyalty.entry.helpfulPost";
    awarding.spendable(
        account, Award.of(key, SOURCE, earning.helpfulVote(), messageKey), rules, at);
  }
}
