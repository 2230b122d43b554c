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
import java.util.Locale;
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
import org.returnport.payments.boundary.StripeWebhooks;
import org.returnport.payments.control.StripeSignature;

/**
 * {@code /api/v1/payments/{store}/stripe}: where Stripe sends a store's webhook events. No key or
 * token: the body must carry a {@code Stripe-Signature} made with the store's signing secret (set
 * by its administrator at {@code /console/payments.xhtml}). The body's size is checked before it is
 * read.
 */
@Path("payments/{store}/stripe")
@RequestScoped
@Tag(name = "Payments")
public class PaymentWebhooksResource {

  @Inject StripeWebhooks webhooks;

  @Inject
  @ConfigProperty(name = "returnport.payments.webhook-max-bytes", defaultValue = "262144")
  long maxBytes;

  @Operation(
      operationId = "receiveStripeEvent",
      summary = "Receives a Stripe webhook event for the store (signed, applied once)",
      description =
          "Stripe's event as it sends it (id, type, data.object). The Stripe-Signature header"
              + " holds t (Unix seconds) and one or more v1: the hex HMAC-SHA256 of \"t.\" followed"
              + " by the raw body, under the store's signing secret (whsec_…). Events more than"
              + " five minutes from their t are refused. Read: refund.created, refund.updated,"
              + " charge.refund.updated, checkout.session.completed, and"
              + " payment_intent.amount_capturable_updated, .succeeded and .canceled of"
              + " manual-capture intents; other types are answered with status ignored. An event"
              + " id seen before is answered without effect (status replayed).")
  @APIResponse(
      responseCode = "200",
      description = "Applied (status applied), not of interest (ignored) or a replay (replayed)")
  @APIResponse(responseCode = "400", description = "Signed, but the body is no Stripe event")
  @APIResponse(
      responseCode = "401",
      description =
          "No Stripe-Signature, or none that matches the store's signing secret (or the store has"
              + " none)")
  @APIResponse(responseCode = "404", description = "No such store")
  @APIResponse(responseCode = "413", description = "The body is larger than 256 KB")
  @APIResponse(
      responseCode = "422",
      description = "Stale: the signature's t lies more than five minutes from now")
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
      @Parameter(
              description = "The store's address name (slug)",
              schema = @Schema(pattern = TrackingWebhooksResource.SLUG))
          @PathParam("store")
          @Pattern(regexp = TrackingWebhooksResource.SLUG)
          String store,
      @Parameter(description = "t=<Unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">")
          @HeaderParam(StripeSignature.HEADER)
          String signature,
      @RequestBody(
              description = "Stripe's event",
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(type = SchemaType.OBJECT)))
          InputStream body,
      @Context HttpHeaders headers)
      throws IOException {
    List<Locale> languages = headers.getAcceptableLanguages();
    if (headers.getLength() > maxBytes) {
      return tooLarge(languages);
    }
    byte[] raw = WebhookBodies.read(body, maxBytes);
    if (raw == null) {
      return tooLarge(languages);
    }
    return switch (webhooks.receive(raw, signature)) {
      case APPLIED -> ok("applied");
      case IGNORED -> ok("ignored");
      case REPLAYED -> ok("replayed");
      case UNSIGNED -> Problems.of(401, "forged-signature", "payments.webhook.unsigned", languages);
      case FORGED -> Problems.of(401, "forged-signature", "payments.webhook.forged", languages);
      case STALE -> Problems.of(422, "stale", "payments.webhook.stale", languages);
      case UNREADABLE -> Problems.of(400, "invalid", "payments.webhook.unreadable", languages);
    };
  }

  private Response tooLarge(List<Locale> languages) {
    return Problems.of(
        413, "too-large", "payments.webhook.tooLarge", null, List.of(maxBytes / 1024), languages);
  }

  private static Response ok(String status) {
    return Response.ok(
            Json.createObjectBuilder().add("status", status).build().toString(),
            MediaType.APPLICATION_JSON)
        .build();
  }
}
