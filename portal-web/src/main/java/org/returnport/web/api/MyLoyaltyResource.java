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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.AnyCaller;
import org.returnport.loyalty.redemption.boundary.PointsAccounts;
import org.returnport.loyalty.redemption.boundary.Redemptions;
import org.returnport.web.api.LoyaltyJson.LedgerPage;
import org.returnport.web.api.LoyaltyJson.Points;
import org.returnport.web.api.LoyaltyJson.RedeemRequest;
import org.returnport.web.api.LoyaltyJson.Redemption;

/**
 * {@code /api/v1/loyalty/me}: a member's own points, history and redemptions, with their own
 * Keycloak token and {@code X-Returnport-Store} naming the store. Always the token's owner: no
 * address here names another member, so none can be read. Anyone else (not a member of the store)
 * is told so.
 */
@Path("loyalty/me")
@RequestScoped
@Tag(name = "Loyalty")
@Produces(MediaType.APPLICATION_JSON)
public class MyLoyaltyResource {

  private static final String MEMBER =
      " With the member's own bearer token and X-Returnport-Store naming the store.";

  @Inject PointsAccounts accounts;

  @Inject Redemptions redemptions;

  @Context HttpHeaders headers;

  @Operation(
      operationId = "readMyPoints",
      summary = "Reads the member's own points, pending points, debt and tier." + MEMBER)
  @APIResponseSchema(
      value = Points.class,
      responseCode = "200",
      responseDescription = "The member's points, tier and what they may redeem")
  @APIResponse(
      responseCode = "422",
      description = "The token's owner is not a member of the store (problem code not-a-member)")
  @GET
  @AnyCaller
  @MemberTokens
  public Response read() {
    return LoyaltyJson.answer(
        headers, () -> Response.ok(Points.of(accounts.myStatus(), locale())).build());
  }

  @Operation(
      operationId = "readMyLedger",
      summary =
          "Reads a page of the member's own points history, newest first, explained in the"
              + " caller's language."
              + MEMBER)
  @APIResponseSchema(
      value = LedgerPage.class,
      responseCode = "200",
      responseDescription = "The page and how many entries there are in all")
  @APIResponse(
      responseCode = "422",
      description = "The token's owner is not a member of the store (problem code not-a-member)")
  @GET
  @Path("ledger")
  @AnyCaller
  @MemberTokens
  public Response ledger(
      @Parameter(description = "How many entries to skip") @QueryParam("first") @DefaultValue("0")
          int first,
      @Parameter(description = "How many entries, 1 to 100") @QueryParam("max") @DefaultValue("20")
          int max) {
    return LoyaltyJson.answer(
        headers,
        () -> Response.ok(LedgerPage.of(accounts.myHistory(first, max), locale())).build());
  }

  @Operation(
      operationId = "redeemMyPoints",
      summary =
          "Redeems the member's own points into store credit or a discount code, once per"
              + " idempotency key."
              + MEMBER)
  @APIResponseSchema(
      value = Redemption.class,
      responseCode = "200",
      responseDescription = "What the points bought, with the whole code")
  @APIResponse(
      responseCode = "422",
      description = LoyaltyMembersResource.REFUSALS + "; not-a-member for anyone else")
  @POST
  @Path("redemptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @AnyCaller
  @MemberTokens
  public Response redeem(
      @Parameter(
              description =
                  "A key of the member's choice (1 to 64 characters), the same on every retry of"
                      + " one redemption; or idempotencyKey in the body")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @RequestBody(description = "The points and the reward", required = true) @NotNull @Valid
          RedeemRequest request) {
    return LoyaltyJson.answer(
        headers,
        () ->
            LoyaltyJson.redeemed(
                redemptions.redeemMine(
                    request.points(), request.reward(), LoyaltyJson.key(idempotencyKey, request))));
  }

  private Locale locale() {
    return Problems.language(headers.getAcceptableLanguages());
  }
}
