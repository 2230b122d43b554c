package org.returnport.exchanges.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Every five minutes, ends the instant-exchange holds whose gateway call failed when the return was
 * inspected, cancelled or expired, each store in a transaction of its own. The hold's row version
 * and its idempotency keys make a hold end once even when two servers sweep together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExchangeSweep {

  private static final Logger LOG = Logger.getLogger(ExchangeSweep.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject Exchanges exchanges;

  private final Clock clock = Clock.systemUTC();

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  public void sweep() {
    for (Tenant store : tenants.active()) {
      try {
        jobs.actFor(store, () -> exchanges.sweepHolds(clock.instant()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not end the exchange holds of " + store.getSlug(), e);
      }
    }
  }
}
