package org.returnport.loyalty.earning.boundary;

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
 * Every half hour, in each open store, awards whose hold has passed are confirmed ({@link
 * HoldRelease#releaseDue}). Every server runs it; the account locks and the confirmations' unique
 * keys make each confirmation happen once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldReleaseSweep {

  private static final Logger LOG = Logger.getLogger(HoldReleaseSweep.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject HoldRelease release;

  private final Clock clock = Clock.systemUTC();

  @Schedule(minute = "7,37", hour = "*", persistent = false)
  public void sweep() {
    Instant now = clock.instant();
    for (Tenant store : tenants.active()) {
      try {
        int confirmed = jobs.actFor(store, () -> release.releaseDue(now));
        if (confirmed > 0) {
          LOG.info(() -> "Points of " + store.getSlug() + ": " + confirmed + " awards confirmed");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not confirm the points on hold of " + store.getSlug(), e);
      }
    }
  }
}
