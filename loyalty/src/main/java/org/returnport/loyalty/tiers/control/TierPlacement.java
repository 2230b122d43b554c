package org.returnport.loyalty.tiers.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.returnport.events.DomainEvent;
import org.returnport.events.PointsEarned;
import org.returnport.events.TierChanged;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.loyalty.program.entity.ProgramRules;
import org.returnport.loyalty.program.entity.ProgramRules.Tier;
import org.returnport.loyalty.tiers.entity.TierWindow;
import org.returnport.tenancy.CurrentTenant;

/**
 * Puts a member in the highest tier their standing reaches by the rules in force, and tells the
 * event log when that moves them. Points earned move a member at once, in the transaction that
 * wrote them; a member falls only when the daily review finds their window has slid.
 */
@Dependent
public class TierPlacement {

  @Inject Ledger ledger;

  @Inject ProgramInForce program;

  @Inject Standings standings;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /**
   * The Ledger fires this holding the account's lock, so the account is placed under it. Points on
   * hold count only once confirmed, so they move nobody yet.
   */
  void earned(@Observes PointsEarned earned) {
    if (earned.pending()) {
      return;
    }
    ledger
        .account(earned.memberId())
        .ifPresent(account -> place(account, program.now().rules(), earned.occurredAt()));
  }

  /** The tier the member's standing over the twelve months up to {@code now} reaches. */
  public Optional<Tier> due(long memberId, ProgramRules rules, Instant now) {
    return rules.tierFor(standings.of(memberId, rules.tierBasis(), TierWindow.endingAt(now)));
  }

  /**
   * Places an account the caller has locked ({@link Ledger#lockedAccount}); answers whether the
   * member moved.
   */
  public boolean place(LoyaltyAccount locked, ProgramRules rules, Instant now) {
    String from = locked.getTierCode();
    String to = due(locked.getMemberId(), rules, now).map(Tier::code).orElse(null);
    if (!locked.placeIn(to, now)) {
      return false;
    }
    events.fire(
        new TierChanged(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            locked.getMemberId(),
            from,
            to));
    return true;
  }
}
