package org.returnport.loyalty.tiers.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Once a day, in each open store, every member is placed again ({@link TierReview#reviewAll}), each
 * store in a transaction of its own. Every server runs it; the account locks and the placement's
 * check make a second run find nothing to move.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TierReviewSweep {

  private static final Logger LOG = Logger.getLogger(TierReviewSweep.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject TierReview review;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "2", minute = "41", persistent = false)
  public void sweep() {
    Instant now = clock.instant();
    for (Tenant store : tenants.active()) {
      try {
        int moved = jobs.actFor(store, () -> review.reviewAll(now));
        if (moved > 0) {
          LOG.info(() -> "Tiers of " + store.getSlug() + ": " + moved + " members moved");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not review the tiers of " + store.getSlug(), e);
      }
    }
  }
}
