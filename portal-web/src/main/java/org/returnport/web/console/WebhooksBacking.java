package org.returnport.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.web.errors.Feedback;
import org.returnport.webhooks.boundary.WebhookEndpoints;
import org.returnport.webhooks.entity.WebhookAttempt;
import org.returnport.webhooks.entity.WebhookDelivery;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * {@code /console/webhooks.xhtml}: the store's webhook endpoints (register, rotate a secret, enable
 * again, delete) and the delivery log of the one chosen, with a redelivery by hand.
 */
@Named
@ViewScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class WebhooksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient WebhookEndpoints endpoints;

  @Inject transient Feedback feedback;

  private String url;
  private String description;
  private List<String> eventTypes = new ArrayList<>();

  /** Shown once, after registering or rotating, and kept only in this view. */
  private String secret;

  private Long shown;
  private transient List<WebhookEndpoint> list;

  @PostConstruct
  void load() {
    list = endpoints.all();
  }

  public void register() {
    try {
      secret = endpoints.register(url, eventTypes, description).secret();
      url = null;
      description = null;
      eventTypes = new ArrayList<>();
      feedback.info("console.webhooks.registered");
      load();
    } catch (RejectedException e) {
      feedback.rejected(e, "register");
    }
  }

  public void rotate(long id) {
    secret = endpoints.rotate(id).secret();
    feedback.info("console.webhooks.rotated");
  }

  public void enable(long id) {
    endpoints.enable(id);
    feedback.info("console.webhooks.enabled");
    load();
  }

  public void delete(long id) {
    endpoints.delete(id);
    if (Long.valueOf(id).equals(shown)) {
      shown = null;
    }
    secret = null;
    feedback.info("console.webhooks.deleted");
    load();
  }

  public void show(long id) {
    shown = id;
  }

  public void redeliver(long deliveryId) {
    try {
      endpoints.redeliver(shown, deliveryId);
      feedback.info("console.webhooks.redelivered");
    } catch (RejectedException e) {
      feedback.rejected(e, "log");
    }
  }

  public List<WebhookEndpoint> getEndpoints() {
    if (list == null) {
      load();
    }
    return list;
  }

  public WebhookEndpoint getShownEndpoint() {
    return shown == null ? null : endpoints.find(shown);
  }

  public List<WebhookDelivery> getDeliveries() {
    return shown == null ? List.of() : endpoints.deliveries(shown, 0, WebhookEndpoints.PAGE_MAX);
  }

  public List<WebhookAttempt> attempts(long deliveryId) {
    return endpoints.attempts(shown, deliveryId);
  }

  public List<String> getKnownTypes() {
    return endpoints.eventTypes();
  }

  public String getSecret() {
    return secret;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes;
  }
}
