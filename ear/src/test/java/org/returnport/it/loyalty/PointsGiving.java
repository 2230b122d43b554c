package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.returnport.access.AnyCaller;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.tenancy.TenantScoped;

/**
 * Gives a member of the current store points through the ledger, as staff's adjustment would (an
 * ADJUST entry, once per key), for tests that need points to spend; deployed into the loyalty
 * module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class PointsGiving {

  @Inject Ledger ledger;

  public long give(long memberId, long points, String key) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    ledger.post(memberId, Posting.adjustment(key, points, "it", "points for a test", 0, now));
    return ledger.account(memberId).orElseThrow().getBalance();
  }
}
