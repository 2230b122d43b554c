package org.returnport.it.loyalty;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.returnport.access.AnyCaller;
import org.returnport.loyalty.ledger.control.Ledger;
import org.returnport.loyalty.ledger.entity.Posting;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.tenancy.TenantScoped;

/**
 * Awards a member points at a given time through the real ledger, as the earning observers do
 * (their PointsEarned places the member); deployed into the loyalty module.
 */
@Stateless
@TenantScoped
@AnyCaller
public class PointsForTests {

  @Inject Ledger ledger;

  @Inject ProgramInForce program;

  public boolean award(long memberId, long points, String key, Instant at) {
    return ledger
        .post(
            memberId,
            Posting.earned(
                "activity/" + key,
                "activity",
                points,
                program.now().versionNo(),
                at,
                "loyalty.entry.activity",
                key))
        .isPresent();
  }
}
