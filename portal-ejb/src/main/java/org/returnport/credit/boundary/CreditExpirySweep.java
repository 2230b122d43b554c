package org.returnport.credit.boundary;

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
 * Once a day, in each open store, credit whose expiry has come is ended ({@link
 * Credits#expireDue}), each store in a transaction of its own. Every server runs it; the row locks
 * make each expiry happen once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditExpirySweep {

  private static final Logger LOG = Logger.getLogger(CreditExpirySweep.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject Credits credits;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "3", minute = "17", persistent = false)
  public void sweep() {
    Instant now = clock.instant();
    for (Tenant store : tenants.active()) {
      try {
        int expired = jobs.actFor(store, () -> credits.expireDue(now));
        if (expired > 0) {
          LOG.info(() -> "Credit of " + store.getSlug() + ": " + expired + " accounts expired");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not expire the credit of " + store.getSlug(), e);
      }
    }
  }
}
