package org.returnport.webhooks.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.returnport.eventlog.control.EventPayload;
import org.returnport.events.DomainEvent;
import org.returnport.webhooks.entity.WebhookDelivery;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * Turns every domain event, as the event log records it, into one delivery per enabled endpoint
 * that asked for its type, in the firing transaction: a delivery exists exactly when the change it
 * tells of was committed, and the worker sends it afterwards.
 */
@Dependent
public class WebhookFanout {

  @PersistenceContext EntityManager em;

  void queue(@Observes DomainEvent event) {
    List<WebhookEndpoint> endpoints =
        em.createNamedQuery(WebhookEndpoint.ENABLED, WebhookEndpoint.class).getResultList().stream()
            .filter(e -> e.wants(event.type()))
            .toList();
    if (endpoints.isEmpty()) {
      return;
    }
    String body =
        body(event.type(), event.eventId().toString(), event.occurredAt(), EventPayload.of(event));
    Instant now = Instant.now();
    for (WebhookEndpoint endpoint : endpoints) {
      em.persist(new WebhookDelivery(endpoint.getId(), event.eventId(), event.type(), body, now));
    }
  }

  /**
   * The body receivers get: the type, the time it happened and, as {@code data}, the event's own
   * fields with its id and time; never the store's internal id.
   */
  public static String body(String type, String eventId, Instant occurredAt, String payload) {
    JsonObjectBuilder data = Json.createObjectBuilder();
    data.add("eventId", eventId);
    data.add("occurredAt", occurredAt.toString());
    try (var reader = Json.createReader(new StringReader(payload))) {
      for (Map.Entry<String, jakarta.json.JsonValue> field : reader.readObject().entrySet()) {
        data.add(field.getKey(), field.getValue());
      }
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("timestamp", occurredAt.toString())
            .add("data", data)
            .build();
    return body.toString();
  }
}
