package org.returnport.webhooks.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.secrets.SecretSeal;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.webhooks.control.EndpointAddress;
import org.returnport.webhooks.control.EventTypes;
import org.returnport.webhooks.control.WebhookSettings;
import org.returnport.webhooks.control.WebhookSignature;
import org.returnport.webhooks.entity.DeliveryStatus;
import org.returnport.webhooks.entity.WebhookAttempt;
import org.returnport.webhooks.entity.WebhookDelivery;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * The store's webhook endpoints, for its administrators (and its integration keys, which count as
 * one): register, list, delete, rotate a secret, enable again; the deliveries of each with their
 * attempts, and a redelivery by hand. A secret is answered only when it is made; the database keeps
 * it sealed.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class WebhookEndpoints {

  /** The most endpoints a store may register. */
  public static final int ENDPOINTS_MAX = 20;

  /** The most deliveries one page of the log holds. */
  public static final int PAGE_MAX = 100;

  private static final Logger LOG = Logger.getLogger(WebhookEndpoints.class.getName());

  @PersistenceContext EntityManager em;

  @Inject SecretSeal seal;

  @Inject CurrentTenant currentTenant;

  @Inject WebhookSettings settings;

  private final Clock clock = Clock.systemUTC();

  /** An endpoint just registered (or its secret just rotated), with its secret shown this once. */
  public record WithSecret(WebhookEndpoint endpoint, String secret) {}

  public List<WebhookEndpoint> all() {
    return em.createNamedQuery(WebhookEndpoint.ALL, WebhookEndpoint.class).getResultList();
  }

  public WebhookEndpoint find(long id) {
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
    if (endpoint == null) {
      throw new NotFoundException("webhook endpoint " + id);
    }
    return endpoint;
  }

  /**
   * Registers an endpoint for the given event types (none, or {@code *}, for all of them). Refused:
   * an address that is not https on the internet, an unknown type, too many endpoints.
   */
  public WithSecret register(String url, List<String> types, String description) {
    String address = EndpointAddress.check(url, settings.allowHttpLocalhost()).toString();
    Set<String> wanted = types(types);
    if (description != null && description.strip().length() > WebhookEndpoint.DESCRIPTION_MAX) {
      throw new RejectedException(
          "description", "webhooks.description.tooLong", WebhookEndpoint.DESCRIPTION_MAX);
    }
    if (all().size() >= ENDPOINTS_MAX) {
      throw new RejectedException(null, "webhooks.tooMany", ENDPOINTS_MAX);
    }
    String secret = WebhookSignature.newSecret();
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            address, wanted, description, seal.seal(secret, store()), clock.instant());
    em.persist(endpoint);
    em.flush();
    LOG.info(() -> "Webhook endpoint " + endpoint.getId() + " registered for " + store());
    return new WithSecret(endpoint, secret);
  }

  /** A new secret; deliveries are signed with it from now on, the old one no longer. */
  public WithSecret rotate(long id) {
    WebhookEndpoint endpoint = find(id);
    String secret = WebhookSignature.newSecret();
    endpoint.rotate(seal.seal(secret, store()));
    return new WithSecret(endpoint, secret);
  }

  /** Removes the endpoint with its deliveries and their log. */
  public void delete(long id) {
    em.remove(find(id));
  }

  /** Enables an endpoint that was disabled after failing; its failed deliveries stay failed. */
  public WebhookEndpoint enable(long id) {
    WebhookEndpoint endpoint = find(id);
    endpoint.enable();
    return endpoint;
  }

  /** The endpoint's deliveries, newest first. */
  public List<WebhookDelivery> deliveries(long endpointId, int first, int max) {
    find(endpointId);
    return em.createNamedQuery(WebhookDelivery.OF_ENDPOINT, WebhookDelivery.class)
        .setParameter("endpoint", endpointId)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
        .getResultList();
  }

  public WebhookDelivery delivery(long endpointId, long deliveryId) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || !delivery.getEndpointId().equals(endpointId)) {
      throw new NotFoundException("webhook delivery " + deliveryId);
    }
    return delivery;
  }

  /** A delivery's attempts, newest first. */
  public List<WebhookAttempt> attempts(long endpointId, long deliveryId) {
    delivery(endpointId, deliveryId);
    return em.createNamedQuery(WebhookAttempt.OF_DELIVERY, WebhookAttempt.class)
        .setParameter("delivery", deliveryId)
        .getResultList();
  }

  /**
   * Sends a delivery again at once, under the same webhook-id, whatever came of it before. Refused
   * while the endpoint is disabled (enable it first) and while the delivery is still being tried.
   */
  public WebhookDelivery redeliver(long endpointId, long deliveryId) {
    WebhookEndpoint endpoint = find(endpointId);
    WebhookDelivery delivery = delivery(endpointId, deliveryId);
    if (!endpoint.isEnabled()) {
      throw new RejectedException(null, "webhooks.redeliver.disabled");
    }
    if (delivery.getStatus() == DeliveryStatus.PENDING && delivery.getAttempts() == 0) {
      throw new RejectedException(null, "webhooks.redeliver.pending");
    }
    delivery.redeliver(clock.instant());
    return delivery;
  }

  /** The event types that can be asked for. */
  public List<String> eventTypes() {
    return EventTypes.ALL;
  }

  private static Set<String> types(List<String> types) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String type : types == null ? List.<String>of() : types) {
      String t = type == null ? "" : type.strip();
      if (t.equals(WebhookEndpoint.ALL_TYPES)) {
        return Set.of(WebhookEndpoint.ALL_TYPES);
      }
      if (!EventTypes.ALL.contains(t)) {
        throw new RejectedException("eventTypes", "webhooks.type.unknown", t);
      }
      wanted.add(t);
    }
    return wanted;
  }

  private String store() {
    return currentTenant.get().orElseThrow().slug();
  }
}
