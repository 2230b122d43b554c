package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.IntegrationKeys;
import org.returnport.loyalty.redemption.boundary.PointsAccounts;
import org.returnport.loyalty.redemption.boundary.Redemptions;
import org.returnport.values.EmailAddress;
import org.returnport.web.api.LoyaltyJson.LedgerPage;
import org.returnport.web.api.LoyaltyJson.Points;
import org.returnport.web.api.LoyaltyJson.RedeemRequest;
import org.returnport.web.api.LoyaltyJson.Redemption;

/**
 * {@code /api/v1/loyalty/members}: the store's own systems (its integration key, nobody else) read
 * a member's points, tier and history, and redeem their points into store credit or a discount
 * code. A member of another store is not found, exactly like nobody.
 */
@Path("loyalty/members")
@RequestScoped
@Tag(name = "Loyalty")
@Produces(MediaType.APPLICATION_JSON)
@IntegrationKeys
public class LoyaltyMembersResource {

  static final String REFUSALS =
      "Refused, nothing taken: below-minimum, not-a-step, insufficient-points, points-debt,"
          + " worthless, idempotency-conflict or idempotency-key-required (the title, in the"
          + " caller's language, says what to change)";

  @Inject PointsAccounts accounts;

  @Inject Redemptions redemptions;

  @Context HttpHeaders headers;

  @Operation(
      operationId = "findMemberPoints",
      summary = "Finds the points of the member with an e-mail address (integration keys only)")
  @APIResponseSchema(
      value = Points.class,
      responseCode = "200",
      responseDescription = "The member's points, tier and what they may redeem")
  @APIResponse(
      responseCode = "404",
      description = "The store has no member with this address (problem code member-not-found)")
  @GET
  public Response find(
      @Parameter(description = "The member's e-mail address, in any case", required = true)
          @QueryParam("email")
          String email) {
    if (EmailAddress.parse(email).isEmpty()) {
      return Problems.of(
          400,
          "invalid-email",
          "api.member.email",
          "email",
          List.of(),
          headers.getAcceptableLanguages());
    }
    return LoyaltyJson.answer(
        headers,
        () ->
            accounts
                .statusByEmail(email)
                .map(status -> Response.ok(Points.of(status, locale())).build())
                .orElseGet(
                    () ->
                        Problems.of(
                            404,
                            "member-not-found",
                            "api.member.notFound",
                            headers.getAcceptableLanguages())));
  }

  @Operation(
      operationId = "readMemberPoints",
      summary = "Reads a member's points, pending points, debt and tier (integration keys only)")
  @APIResponseSchema(
      value = Points.class,
      responseCode = "200",
      responseDescription = "The member's points, tier and what they may redeem")
  @APIResponse(
      responseCode = "404",
      description =
          "The store has no member with this id (problem code member-not-found; another store's"
              + " member is not found either)")
  @GET
  @Path("{id}")
  public Response read(@Parameter(description = "The member's id") @PathParam("id") long id) {
    return LoyaltyJson.answer(
        headers, () -> Response.ok(Points.of(accounts.status(id), locale())).build());
  }

  @Operation(
      operationId = "readMemberLedger",
      summary =
          "Reads a page of a member's points history, newest first, each entry explained in the"
              + " caller's language (Accept-Language)")
  @APIResponseSchema(
      value = LedgerPage.class,
      responseCode = "200",
      responseDescription = "The page and how many entries there are in all")
  @APIResponse(
      responseCode = "404",
      description = "The store has no member with this id (problem code member-not-found)")
  @GET
  @Path("{id}/ledger")
  public Response ledger(
      @Parameter(description = "The member's id") @PathParam("id") long id,
      @Parameter(description = "How many entries to skip") @QueryParam("first") @DefaultValue("0")
          int first,
      @Parameter(description = "How many entries, 1 to 100") @QueryParam("max") @DefaultValue("20")
          int max) {
    return LoyaltyJson.answer(
        headers,
        () -> Response.ok(LedgerPage.of(accounts.history(id, first, max), locale())).build());
  }

  @Operation(
      operationId = "redeemMemberPoints",
      summary =
          "Redeems a member's points into store credit or a discount code, once per idempotency"
              + " key",
      description =
          "The value is points times the point value of the rules in force, in the store's"
              + " default currency, rounded down to its smallest unit. Two redemptions at once"
              + " are taken one after the other: together they never take more than the balance."
              + " The same key with the same request answers as the first time (header"
              + " Idempotent-Replayed: true) and takes nothing more; with another request it is"
              + " refused (idempotency-conflict).")
  @APIResponseSchema(
      value = Redemption.class,
      responseCode = "200",
      responseDescription = "What the points bought, with the whole code to give the member")
  @APIResponse(
      responseCode = "404",
      description = "The store has no member with this id (problem code member-not-found)")
  @APIResponse(responseCode = "422", description = REFUSALS)
  @POST
  @Path("{id}/redemptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response redeem(
      @Parameter(description = "The member's id") @PathParam("id") long id,
      @Parameter(
              description =
                  "A key of the caller's choice (1 to 64 characters), the same on every retry of"
                      + " one redemption; or idempotencyKey in the body")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @RequestBody(description = "The points and the reward", required = true) @NotNull @Valid
          RedeemRequest request) {
    return LoyaltyJson.answer(
        headers,
        () ->
            LoyaltyJson.redeemed(
                redemptions.redeemFor(
                    id,
                    request.points(),
                    request.reward(),
                    LoyaltyJson.key(idempotencyKey, request))));
  }

  private Locale locale() {
    return Problems.language(headers.getAcceptableLanguages());
  }
}
