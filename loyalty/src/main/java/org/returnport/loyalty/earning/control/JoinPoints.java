package org.returnport.loyalty.earning.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.returnport.events.MemberJoined;
import org.returnport.loyalty.earning.control.Awarding.Award;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.program.control.ProgramInForce;

/** A new member's welcome points, spendable at once, once per member. */
@Dependent
public class JoinPoints {

  static final String SOURCE = "join";

  @Inject EarningFacts facts;

  @Inject ProgramInForce program;

  @Inject Ledger ledger;

  @Inject Awarding awarding;

  public void joined(@Observes MemberJoined event) {
    if (facts.earner(event.memberId()).isEmpty()) {
      return;
    }
    ProgramInForce.Rules rules = program.now();
    int points = rules.rules().earning().join();
    if (points <= 0) {
      return;
    }
    awarding.spendable(
        ledger.lockedAccount(event.memberId()),
        Award.of("join/" + event.memberId(), SOURCE, points, "loyalty.entry.join"),
        rules,
        event.occurredAt().truncatedTo(ChronoUnit.MICROS));
  }
}
