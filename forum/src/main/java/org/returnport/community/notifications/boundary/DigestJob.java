package org.returnport.community.notifications.boundary;

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
 * Once a day, in each open store, mails each member who wants a digest everything unread since the
 * last one, each member in a transaction of its own. Every server runs it: a member's notifications
 * are read under a write lock and marked mailed, so one server has them, and the digest's outbox id
 * (store, member and day) stops a second mail the same day.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestJob {

  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject Notifications notifications;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "8", minute = "7", persistent = false)
  public void daily() {
    run(clock.instant());
  }

  /** One run at the given time; answers how many digests were sent. */
  public int run(Instant now) {
    int total = 0;
    for (Tenant store : tenants.active()) {
      try {
        total += run(store, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not send the digests of " + store.getSlug(), e);
      }
    }
    return total;
  }

  /** One run in one store; answers how many digests it sent. */
  public int run(Tenant store, Instant now) {
    return jobs.actFor(store, () -> digests(now));
  }

  private int digests(Instant now) {
    int sent = 0;
    for (long member : notifications.digestCandidates()) {
      try {
        if (notifications.sendDigest(member, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not send the digest of member " + member, e);
      }
    }
    return sent;
  }
}
