package org.returnport.returns.boundary;

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
 * Every quarter of an hour, each open store's deadlines are swept ({@link Deadlines#sweep}), each
 * store in a transaction of its own, so that one store's trouble does not hold up the others. Every
 * server runs it; the row locks of the sweep make each reminder and expiry happen once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineSweep {

  private static final Logger LOG = Logger.getLogger(DeadlineSweep.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject Deadlines deadlines;

  private final Clock clock = Clock.systemUTC();

  @Schedule(minute = "*/15", hour = "*", persistent = false)
  public void sweep() {
    sweep(clock.instant());
  }

  /** Sweeps every open store as of {@code now}. */
  public void sweep(Instant now) {
    for (Tenant store : tenants.active()) {
      try {
        Deadlines.Swept swept = jobs.actFor(store, () -> deadlines.sweep(now));
        if (swept.reminded() + swept.expired() > 0) {
          LOG.info(
              () ->
                  "Deadlines of "
                      + store.getSlug()
                      + ": "
                      + swept.reminded()
                      + " reminded, "
                      + swept.expired()
                      + " expired, "
                      + swept.paused()
                      + " paused by an incident");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not sweep the deadlines of " + store.getSlug(), e);
      }
    }
  }
}
