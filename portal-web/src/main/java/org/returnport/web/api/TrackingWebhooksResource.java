package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.AnyCaller;
import org.returnport.parcels.boundary.TrackingWebhooks;
import org.returnport.parcels.boundary.TrackingWebhooks.Receipt;
import org.returnport.parcels.control.WebhookSignature;

/**
 * {@code /api/v1/tracking/{store}/aftership}: where AfterShip sends a store's tracking updates. No
 * key or token: the body must be signed with the store's webhook secret (shown to its administrator
 * at {@code /console/tracking.xhtml}). The body's size is checked before it is read.
 */
@Path("tracking/{store}/aftership")
@RequestScoped
@Tag(name = "Tracking")
public class TrackingWebhooksResource {

  static final String SLUG = "[a-z0-9][a-z0-9-]{1,62}";

  @Inject TrackingWebhooks webhooks;

  @Inject
  @ConfigProperty(name = "returnport.tracking.max-bytes", defaultValue = "262144")
  long maxBytes;

  @Operation(
      operationId = "receiveAfterShipTracking",
      summary = "Receives an AfterShip tracking webhook for the store (signed, applied once)",
      description =
          "AfterShip's tracking update as it sends it: JSON with event_id, ts (seconds since the"
              + " epoch) and msg (tracking_number, tag, checkpoints). The aftership-hmac-sha256"
              + " header is the base64 HMAC-SHA256 of the raw body under the store's webhook"
              + " secret. Each checkpoint is stored once, whatever the order and however often it"
              + " comes; a delivery with an event id seen before is answered without effect"
              + " (status replayed). Deliveries older than an hour, or from the future, are"
              + " refused.")
  @APIResponse(
      responseCode = "200",
      description =
          "Applied (status applied, newScans) or a replay answered without effect (status"
              + " replayed)")
  @APIResponse(responseCode = "400", description = "The body is not an AfterShip tracking update")
  @APIResponse(
      responseCode = "401",
      description = "The signature is missing or does not match the store's secret")
  @APIResponse(
      responseCode = "404",
      description = "No such store, or no parcel of the store has this tracking number")
  @APIResponse(responseCode = "413", description = "The body is larger than 256 KB")
  @APIResponse(
      responseCode = "422",
      description = "Stale: the delivery's ts lies more than an hour back or in the future")
  @APIResponse(
      responseCode = "429",
      description =
          "Too many deliveries for this store in the last minute: wait as long as Retry-After says")
  @SecurityRequirementsSet({})
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @AnyCaller
  @SignedWebhook
  public Response receive(
      @Parameter(description = "The store's address name (slug)", schema = @Schema(pattern = SLUG))
          @PathParam("store")
          @Pattern(regexp = SLUG)
          String store,
      @Parameter(description = "base64 HMAC-SHA256 of the raw body under the store's secret")
          @HeaderParam(WebhookSignature.HEADER)
          String signature,
      @RequestBody(
              description = "AfterShip's tracking webhook body",
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT)))
          InputStream body,
      @Context HttpHeaders headers)
      throws IOException {
    List<java.util.Locale> languages = headers.getAcceptableLanguages();
    if (headers.getLength() > maxBytes) {
      return tooLarge(languages);
    }
    byte[] raw = WebhookBodies.read(body, maxBytes);
    if (raw == null) {
      return tooLarge(languages);
    }
    Receipt receipt = webhooks.receive(raw, signature);
    return switch (receipt.outcome()) {
      case APPLIED -> ok("applied", receipt.newScans());
      case REPLAYED -> ok("replayed", 0);
      case FORGED -> Problems.of(401, "forged-signature", "tracking.forged", languages);
      case STALE -> Problems.of(422, "stale", "tracking.stale", languages);
      case UNKNOWN_TRACKING ->
          Problems.of(404, "unknown-tracking-number", "tracking.unknown", languages);
      case UNREADABLE -> Problems.of(400, "invalid", "tracking.unreadable", languages);
    };
  }

  private Response tooLarge(List<java.util.Locale> languages) {
    return Problems.of(
        413, "too-large", "tracking.tooLarge", null, List.of(maxBytes / 1024), languages);
  }

  private static Response ok(String status, int newScans) {
    return Response.ok(
            Json.createObjectBuilder()
                .add("status", status)
                .add("newScans", newScans)
                .build()
                .toString(),
            MediaType.APPLICATION_JSON)
        .build();
  }
}
