package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.IntegrationKeys;
import org.returnport.errors.NotFoundException;
import org.returnport.webhooks.boundary.WebhookEndpoints;
import org.returnport.webhooks.entity.WebhookAttempt;
import org.returnport.webhooks.entity.WebhookDelivery;
import org.returnport.webhooks.entity.WebhookEndpoint;

/**
 * {@code /api/v1/webhooks}: the store's own systems (its integration key, nobody else) register the
 * endpoints its events are sent to, read each endpoint's deliveries with their attempts, and have a
 * delivery sent again. Another store's endpoint is not found, exactly like none.
 */
@Path("webhooks")
@RequestScoped
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@IntegrationKeys
public class WebhooksResource {

  private static final String NOT_FOUND = "webhook-not-found";

  @Inject WebhookEndpoints endpoints;

  @Context HttpHeaders headers;

  @Operation(operationId = "listWebhooks", summary = "Lists the store's webhook endpoints")
  @APIResponseSchema(
      value = Endpoint[].class,
      responseCode = "200",
      responseDescription = "The endpoints, oldest first; secrets are never listed")
  @GET
  public List<Endpoint> list() {
    return endpoints.all().stream().map(e -> Endpoint.of(e, null)).toList();
  }

  @Operation(
      operationId = "registerWebhook",
      summary = "Registers an endpoint for event types; answers its secret, this once",
      description =
          "The address must be https on the internet (no private, loopback or link-local"
              + " address). eventTypes lists the types wanted (such as ReturnSettled, ReturnClosed,"
              + " PayoutDone) or [\"*\"] for all; left out, all. Deliveries are signed by the"
              + " Standard Webhooks convention with the secret answered here (whsec_...), which is"
              + " not shown again.")
  @APIResponseSchema(
      value = Endpoint.class,
      responseCode = "201",
      responseDescription = "The endpoint, with its secret")
  @APIResponse(
      responseCode = "422",
      description =
          "The address is not https, points into a private network or is no address; an event"
              + " type is unknown; the store has too many endpoints")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(
      @RequestBody(description = "The endpoint", required = true) @NotNull @Valid
          Registration input) {
    WebhookEndpoints.WithSecret created =
        endpoints.register(input.url(), input.eventTypes(), input.description());
    return Response.status(201).entity(Endpoint.of(created.endpoint(), created.secret())).build();
  }

  @Operation(operationId = "readWebhook", summary = "Reads an endpoint")
  @APIResponseSchema(value = Endpoint.class, responseCode = "200", responseDescription = "It")
  @APIResponse(
      responseCode = "404",
      description = "The store has no such endpoint (problem code webhook-not-found)")
  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    return answer(200, () -> Endpoint.of(endpoints.find(id), null));
  }

  @Operation(
      operationId = "deleteWebhook",
      summary = "Deletes an endpoint with its deliveries; nothing more is sent to it")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "404",
      description = "The store has no such endpoint (problem code webhook-not-found)")
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    return answer(
        204,
        () -> {
          endpoints.delete(id);
          return null;
        });
  }

  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Replaces the endpoint's secret; answers the new one, this once")
  @APIResponseSchema(
      value = Endpoint.class,
      responseCode = "200",
      responseDescription = "The endpoint, with its new secret")
  @APIResponse(
      responseCode = "404",
      description = "The store has no such endpoint (problem code webhook-not-found)")
  @POST
  @Path("{id}/secret")
  public Response rotate(@PathParam("id") long id) {
    return answer(
        200,
        () -> {
          WebhookEndpoints.WithSecret rotated = endpoints.rotate(id);
          return Endpoint.of(rotated.endpoint(), rotated.secret());
        });
  }

  @Operation(
      operationId = "enableWebhook",
      summary = "Enables an endpoint that was disabled after failing for three days")
  @APIResponseSchema(value = Endpoint.class, responseCode = "200", responseDescription = "It")
  @APIResponse(
      responseCode = "404",
      description = "The store has no such endpoint (problem code webhook-not-found)")
  @POST
  @Path("{id}/enable")
  public Response enable(@PathParam("id") long id) {
    return answer(200, () -> Endpoint.of(endpoints.enable(id), null));
  }

  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "Lists an endpoint's deliveries, newest first, each with its attempts")
  @APIResponseSchema(
      value = Delivery[].class,
      responseCode = "200",
      responseDescription = "One page of deliveries")
  @APIResponse(
      responseCode = "404",
      description = "The store has no such endpoint (problem code webhook-not-found)")
  @GET
  @Path("{id}/deliveries")
  public Response deliveries(
      @PathParam("id") long id,
      @Parameter(description = StaffResource.PAGE)
          @QueryParam("page")
          @DefaultValue("0")
          @Min(0)
          @Max(1_000_000)
          int page,
      @Parameter(description = "How many deliveries a page has, 1 to 100")
          @QueryParam("size")
          @DefaultValue("20")
          @Min(1)
          @Max(WebhookEndpoints.PAGE_MAX)
          int size) {
    return answer(
        200,
        () ->
            endpoints.deliveries(id, page * size, size).stream()
                .map(d -> Delivery.of(d, endpoints.attempts(id, d.getId())))
                .toList());
  }

  @Operation(
      operationId = "redeliverWebhook",
      summary = "Sends a delivery again at once, with the same webhook-id",
      description =
          "For a receiver that lost or refused it. The delivery is tried again as new, with"
              + " three days of retries from now.")
  @APIResponseSchema(
      value = Delivery.class,
      responseCode = "202",
      responseDescription = "The delivery is due at once")
  @APIResponse(
      responseCode = "404",
      description = "The store has no such endpoint or delivery (problem code webhook-not-found)")
  @APIResponse(
      responseCode = "422",
      description = "The endpoint is disabled (enable it first), or the delivery is not tried yet")
  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    return answer(
        202,
        () -> Delivery.of(endpoints.redeliver(id, deliveryId), endpoints.attempts(id, deliveryId)));
  }

  /**
   * The answer, or "no such endpoint or delivery" with a code of its own: the caller is admitted
   * here, and an endpoint of another store is not found exactly like one that never was.
   */
  private Response answer(int status, Supplier<Object> work) {
    try {
      return Response.status(status).entity(work.get()).build();
    } catch (NotFoundException e) {
      return Problems.of(
          404,
          NOT_FOUND,
          "api.webhook.notFound",
          null,
          List.of(),
          headers.getAcceptableLanguages());
    }
  }

  /** An endpoint to register. */
  @Schema(name = "WebhookRegistration")
  public record Registration(
      @Schema(description = "https address of the receiver", maxLength = 2000) String url,
      @Schema(description = "Event types wanted, or [\"*\"] for all; all when left out")
          List<String> eventTypes,
      @Schema(description = "What the endpoint is for, for the store's staff", maxLength = 200)
          String description) {}

  /** An endpoint as the API shows it; {@code secret} only in the answer that made it. */
  @Schema(name = "WebhookEndpoint")
  public record Endpoint(
      long id,
      String url,
      List<String> eventTypes,
      String description,
      boolean enabled,
      Instant disabledAt,
      int consecutiveFailures,
      Instant createdAt,
      String secret) {

    static Endpoint of(WebhookEndpoint e, String secret) {
      return new Endpoint(
          e.getId(),
          e.getUrl(),
          e.getEventTypes(),
          e.getDescription(),
          e.isEnabled(),
          e.getDisabledAt().orElse(null),
          e.getConsecutiveFailures(),
          e.getCreatedAt(),
          secret);
    }
  }

  /** A delivery: the event it carries (its id is the webhook-id), where it stands, its attempts. */
  @Schema(name = "WebhookDelivery")
  public record Delivery(
      long id,
      String webhookId,
      String eventType,
      String status,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      Integer lastStatusCode,
      JsonObject body,
      List<Attempt> log) {

    static Delivery of(WebhookDelivery d, List<WebhookAttempt> attempts) {
      try (var reader = Json.createReader(new StringReader(d.getBody()))) {
        return new Delivery(
            d.getId(),
            d.getEventId().toString(),
            d.getEventType(),
            d.getStatus().name(),
            d.getAttempts(),
            d.getCreatedAt(),
            d.getStatus().name().equals("PENDING") ? d.getNextAttemptAt() : null,
            d.getLastStatus().orElse(null),
            reader.readObject(),
            attempts.stream().map(Attempt::of).toList());
      }
    }
  }

  /**
   * One attempt of a delivery: when, the status answered (none when no answer came), an excerpt.
   */
  @Schema(name = "WebhookAttempt")
  public record Attempt(
      Instant at, Integer statusCode, String excerpt, int durationMillis, boolean manual) {

    static Attempt of(WebhookAttempt a) {
      return new Attempt(
          a.getAttemptedAt(),
          a.getStatusCode().orElse(null),
          a.getExcerpt(),
          a.getDurationMillis(),
          a.isManual());
    }
  }
}
