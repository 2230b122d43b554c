package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.returnport.access.AnyCaller;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.tenancy.TenantScoped;

/**
 * Brings a member of the current store to exactly the given balance through the ledger, as staff's
 * adjustment would (an ADJUST entry, once per key), whatever they earned before (the points for
 * joining), for tests that need points to spend; deployed into the loyalty module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class PointsGiving {

  @Inject Ledger ledger;

  public long give(long memberId, long points, String key) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    LoyaltyAccount account = ledger.lockedAccount(memberId);
    ledger.post(
        account,
        Posting.adjustment(key, points - account.getBalance(), "it", "points for a test", 0, now));
    return account.getBalance();
  }
}
