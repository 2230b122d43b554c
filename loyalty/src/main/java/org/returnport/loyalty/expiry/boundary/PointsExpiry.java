package org.returnport.loyalty.expiry.boundary;

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
 * Once a day, in each open store, points that are due lapse and members whose points lapse within a
 * month are warned ({@link AccountExpiry}), each member in a transaction of its own, so that one
 * member's trouble stops nobody else's expiry. Every server runs it: the account lock and the
 * expiry entry's key (account and day) make each lapse and each warning happen once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PointsExpiry {

  private static final Logger LOG = Logger.getLogger(PointsExpiry.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject AccountExpiry accounts;

  private final Clock clock = Clock.systemUTC();

  /** What a run did in a store. */
  public record Run(int warned, int expiredAccounts, long expiredPoints) {

    Run plus(AccountExpiry.Outcome outcome) {
      return new Run(
          warned + (outcome.warned() ? 1 : 0),
          expiredAccounts + (outcome.expired() > 0 ? 1 : 0),
          expiredPoints + outcome.expired());
    }
  }

  @Schedule(hour = "2", minute = "41", persistent = false)
  public void daily() {
    Instant now = clock.instant();
    for (Tenant store : tenants.active()) {
      try {
        Run run = jobs.actFor(store, () -> expireDue(now));
        if (run.expiredAccounts() > 0 || run.warned() > 0) {
          LOG.info(() -> "Points of " + store.getSlug() + ": " + run);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not expire the points of " + store.getSlug(), e);
      }
    }
  }

  /** One run in the current store at {@code now}: the scheduled time, or a test clock's. */
  public Run expireDue(Instant now) {
    Run run = new Run(0, 0, 0);
    for (long member : accounts.candidates(now)) {
      try {
        run = run.plus(accounts.expire(member, now));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not expire the points of member " + member, e);
      }
    }
    return run;
  }
}
