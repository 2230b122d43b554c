package org.returnport.webhooks.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;
import org.returnport.webhooks.control.DeliveryClaims;
import org.returnport.webhooks.control.DeliveryClaims.Due;
import org.returnport.webhooks.control.WebhookSender;
import org.returnport.webhooks.control.WebhookSettings;

/**
 * Sends due webhook deliveries on every server, every two seconds: claims a batch (see {@link
 * DeliveryClaims}), and for each delivery reads what to send for its store, calls the receiver
 * outside any transaction, and records the outcome, until nothing is due or the run has used its
 * time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWorker {

  static final int BATCH = 20;

  /** Longer than a batch of receivers that each take their whole time-out. */
  static final Duration LEASE = Duration.ofMinutes(10);

  /** A delivery is sent only while this much of its claim is left. */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

  private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());

  @Inject DeliveryClaims claims;

  @Inject DeliveryAttempts attempts;

  @Inject TenantJobs tenantJobs;

  @Inject Tenants tenants;

  @Inject WebhookSettings settings;

  private final WebhookSender sender = new WebhookSender();

  private final Clock clock = Clock.systemUTC();

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  public void deliver() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant deadline = clock.instant().plusSeconds(60);
      while (clock.instant().isBefore(deadline)) {
        List<Due> claimed = claims.claim(BATCH, clock.instant(), LEASE);
        if (claimed.isEmpty()) {
          break;
        }
        for (Due due : claimed) {
          if (clock.instant().plus(LEASE_MARGIN).isBefore(due.until())) {
            send(due);
          }
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Webhook deliveries could not be read; the next run tries again", e);
    } finally {
      running.set(false);
    }
  }

  private void send(Due due) {
    Optional<Tenant> store = tenants.findBySlug(due.store());
    if (store.isEmpty()) {
      return;
    }
    try {
      Optional<DeliveryAttempts.Outgoing> outgoing =
          tenantJobs.actFor(
              store.get(), () -> attempts.prepare(due.id(), due.version(), clock.instant()));
      if (outgoing.isEmpty()) {
        return;
      }
      DeliveryAttempts.Outgoing out = outgoing.get();
      Instant at = clock.instant();
      WebhookSender.Result result =
          sender.send(
              out.url(), out.secret(), out.id(), out.body(), at, settings.allowHttpLocalhost());
      tenantJobs.actFor(
          store.get(),
          () -> {
            attempts.record(due.id(), due.version(), result, at);
            return null;
          });
    } catch (RuntimeException e) {
      // The claim runs out and the delivery is due again: nothing is lost.
      LOG.log(Level.WARNING, "Webhook delivery " + due.id() + " of " + due.store() + " failed", e);
    }
  }
}
