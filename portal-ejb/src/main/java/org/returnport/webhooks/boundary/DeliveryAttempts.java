package org.returnport.webhooks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.webhooks.control.RetrySchedule;
import org.returnport.webhooks.control.WebhookMails;
import org.returnport.webhooks.control.WebhookSender;
import org.returnport.webhooks.control.WebhookSettings;
import org.returnport.webhooks.entity.WebhookDelivery;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * The worker's two steps for a claimed delivery, each in its own transaction for the delivery's
 * store (no lock is held while the receiver is called): what to send, then what came of it. Only
 * the claim's holder gets through; a delivery redelivered or claimed again meanwhile is left alone.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class DeliveryAttempts {

  private static final Logger LOG = Logger.getLogger(DeliveryAttempts.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  @Inject WebhookSettings settings;

  @Inject WebhookMails mails;

  /** A delivery ready to send. */
  public record Outgoing(URI url, String secret, String id, String body) {}

  /**
   * What to send for a claimed delivery; empty when the claim no longer holds it or its endpoint is
   * disabled (the delivery then fails: a disabled endpoint gets nothing until enabled again).
   */
  public Optional<Outgoing> prepare(long deliveryId, long claimVersion, Instant now) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || !delivery.heldBy(claimVersion)) {
      return Optional.empty();
    }
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
    if (endpoint == null || !endpoint.isEnabled()) {
      delivery.fail(now);
      return Optional.empty();
    }
    String secret;
    try {
      secret = seal.open(endpoint.getSecretSealed(), store());
    } catch (IllegalStateException e) {
      // Nothing can be signed: an attempt that failed like any other, logged for the store to see
      // (a new secret mends it), so that the endpoint is disabled in the end and its admins told.
      LOG.warning(() -> "Webhook endpoint " + endpoint.getId() + ": " + e.getMessage());
      em.lock(endpoint, LockModeType.PESSIMISTIC_WRITE);
      outcome(
          delivery,
          endpoint,
          new WebhookSender.Result(null, "not sent: the endpoint's secret cannot be opened", 0),
          now);
      return Optional.empty();
    }
    return Optional.of(
        new Outgoing(
            URI.create(endpoint.getUrl()),
            secret,
            delivery.getEventId().toString(),
            delivery.getBody()));
  }

  /**
   * Logs the attempt and decides what follows: done on 2xx, otherwise the next try of the schedule
   * or, past its window, failed. An endpoint that has failed every attempt for the whole window is
   * disabled and its store's administrators are mailed.
   */
  public void record(long deliveryId, long claimVersion, WebhookSender.Result result, Instant at) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || !delivery.heldBy(claimVersion)) {
      LOG.warning(
          () ->
              "Webhook delivery " + deliveryId + " was redelivered or reclaimed while it was sent");
      return;
    }
    WebhookEndpoint endpoint =
        em.find(WebhookEndpoint.class, delivery.getEndpointId(), LockModeType.PESSIMISTIC_WRITE);
    if (endpoint == null) {
      em.persist(delivery.attempted(at, result.status(), result.excerpt(), result.millis()));
      delivery.fail(at);
      return;
    }
    outcome(delivery, endpoint, result, at);
  }

  private void outcome(
      WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookSender.Result result, Instant at) {
    var attempt = delivery.attempted(at, result.status(), result.excerpt(), result.millis());
    em.persist(attempt);
    if (attempt.isSuccess()) {
      endpoint.succeeded();
      return;
    }
    RetrySchedule schedule = settings.schedule();
    Optional<Instant> next = schedule.next(delivery.getScheduledFrom(), delivery.getAttempts(), at);
    delivery.retryAt(next, at);
    if (endpoint.failed(at, schedule.window(), next.isEmpty() ? delivery.getAttempts() : 0)) {
      LOG.warning(() -> "Webhook endpoint " + endpoint.getId() + " of " + store() + " disabled");
      mails.disabled(endpoint);
    }
  }

  private String store() {
    return currentTenant.get().orElseThrow().slug();
  }
}
