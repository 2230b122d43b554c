package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReviewPublished;
import org.returnport.loyalty.earning.boundary.HoldRelease;
import org.returnport.loyalty.earning.control.ReviewPoints;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.tenancy.TenantScoped;

/**
 * What a test of earning needs inside the current store: a member's account beside the recount of
 * their entries, the hold release on a test clock, a replay of a review's last announcement, and
 * points spent as a redemption would spend them. Deployed in the loyalty module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class EarningProbe {

  @Inject Ledger ledger;

  @Inject HoldRelease holdRelease;

  @Inject ReviewPoints reviewPoints;

  @Inject Event<DomainEvent> events;

  public Points points(long memberId) {
    LoyaltyAccount account = ledger.account(memberId).orElse(null);
    Ledger.Sums recount = ledger.recount(memberId);
    return new Points(
        account == null ? 0 : account.getBalance(),
        account == null ? 0 : account.getPending(),
        account == null ? 0 : account.getDebt(),
        recount,
        ledger.history(memberId, 0, 100));
  }

  public int releaseDue(Instant now) {
    return holdRelease.releaseDue(now);
  }

  /**
   * Delivers the review's last announcement to loyalty again (the very event object), then
   * announces it once more to everyone as a badge upgrade would (a new event id, same review).
   */
  public void replay(long reviewId) {
    ReviewPublished last = ReviewEventsSeen.last(reviewId);
    reviewPoints.published(last);
    events.fire(
        new ReviewPublished(
            last.tenant(),
            UUID.randomUUID(),
            Instant.now(),
            last.reviewId(),
            last.memberId(),
            last.sku(),
            last.stars(),
            last.verifiedPurchase(),
            last.verifiedReturn(),
            last.returnId(),
            last.withPhotos(),
            last.revision()));
  }

  public void spend(long memberId, long points, String key) {
    ledger.post(
        memberId,
        Posting.redemption(key, points, 0, Instant.now(), "loyalty.entry.redeemed", "test"));
  }

  /** The account as stored, the recount of its entries, and the entries, newest first. */
  public record Points(
      long balance, long pending, long debt, Ledger.Sums recount, List<LedgerEntry> entries) {}
}
