package org.returnport.community.invitations.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Every hour, in each open store, invites the orders whose review invitation fell due, each order
 * in a transaction of its own. Every server runs it: an order two servers take at once is invited
 * by the first, whose invitation row's unique key makes the second fail alone, mailing nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvitationJob {

  private static final Logger LOG = Logger.getLogger(InvitationJob.class.getName());

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject ReviewInvitations invitations;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "23", persistent = false)
  public void hourly() {
    run(clock.instant());
  }

  /** One run at the given time; answers how many orders were invited. */
  public int run(Instant now) {
    int total = 0;
    for (Tenant store : tenants.active()) {
      try {
        total += run(store, now);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not invite reviews in " + store.getSlug(), e);
      }
    }
    return total;
  }

  /** One run in one store (an operator catching up on a store); answers how many it invited. */
  public int run(Tenant store, Instant now) {
    return jobs.actFor(store, () -> inviteDue(now));
  }

  private int inviteDue(Instant now) {
    List<Long> due = invitations.dueOrders(now);
    int invited = 0;
    for (long orderId : due) {
      try {
        if (invitations.inviteOrder(orderId, now)) {
          invited++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Order " + orderId + " was invited by another server", e);
      }
    }
    return invited;
  }
}
