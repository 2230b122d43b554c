package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.IntegrationKeys;
import org.returnport.credit.boundary.CreditView;
import org.returnport.credit.boundary.Credits;
import org.returnport.credit.boundary.Redeemed;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;

/**
 * {@code /api/v1/credit/{code}}: the store's shop system reads and redeems store credit and gift
 * cards by their code, and gives a redemption back when its order is cancelled. A code of another
 * store is not found, exactly like one never issued.
 */
@Path("credit/{code}")
@RequestScoped
@Tag(name = "Credit")
@Produces(MediaType.APPLICATION_JSON)
@IntegrationKeys
public class CreditsResource {

  static final String REPLAYED = "Idempotent-Replayed";

  private static final String CODE =
      "The code, e.g. 7KQ2-M9XA-PL3D-W8RT-5BNE, as printed or typed: any case, dashes and spaces"
          + " are ignored";

  /** Each refusal of the credit boundary with the stable problem code programs act on. */
  private static final Map<String, String> CODES =
      Map.of(
          "credit.code.mistyped", "code-mistyped",
          "credit.expired", "credit-expired",
          "credit.overdrawn", "insufficient-balance",
          "credit.currency", "currency-mismatch",
          "credit.amount.positive", "invalid-amount",
          "credit.idempotency.conflict", "idempotency-conflict",
          "credit.idempotency.key", "idempotency-key-required");

  @Inject Credits credits;

  @Context HttpHeaders headers;

  @Operation(
      operationId = "readCredit",
      summary = "Reads the balance of store credit or a gift card (integration keys only)")
  @APIResponseSchema(
      value = Balance.class,
      responseCode = "200",
      responseDescription = "The balance, its currency, the expiry and the kind")
  @APIResponse(
      responseCode = "404",
      description =
          "The store has no credit with this code (problem code credit-not-found; another"
              + " store's code is not found either)")
  @APIResponse(
      responseCode = "422",
      description =
          "The code is mistyped: wrong length, a character outside the alphabet, or a check"
              + " character that does not fit (problem code code-mistyped)")
  @GET
  public Response read(@Parameter(description = CODE) @PathParam("code") String code) {
    return answer(() -> Response.ok(Balance.of(credits.read(code))).build());
  }

  @Operation(
      operationId = "redeemCredit",
      summary = "Takes an amount off store credit or a gift card, once per Idempotency-Key",
      description =
          "The same Idempotency-Key with the same request answers as the first time (with the"
              + " header Idempotent-Replayed: true) and takes nothing more; with another code or"
              + " amount it is refused (422 idempotency-conflict). Nothing is taken when the"
              + " amount is more than the balance (insufficient-balance), in another currency"
              + " (currency-mismatch), not positive (invalid-amount), or the credit expired"
              + " (credit-expired).")
  @APIResponseSchema(
      value = Redemption.class,
      responseCode = "200",
      responseDescription = "The redemption and the balance right after it")
  @APIResponse(
      responseCode = "404",
      description = "The store has no credit with this code (problem code credit-not-found)")
  @APIResponse(
      responseCode = "422",
      description =
          "Refused, nothing taken: code-mistyped, credit-expired, insufficient-balance,"
              + " currency-mismatch, invalid-amount, idempotency-conflict or"
              + " idempotency-key-required")
  @POST
  @Path("redeem")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response redeem(
      @Parameter(description = CODE) @PathParam("code") String code,
      @Parameter(
              required = true,
              description =
                  "A key of the shop's choice (1 to 64 characters), the same on every retry of"
                      + " one redemption")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @RequestBody(description = "The amount to take off", required = true) @NotNull @Valid
          RedeemRequest request) {
    return answer(
        () -> {
          Redeemed redeemed = credits.redeem(code, idempotencyKey, request.amount());
          return Response.ok(Redemption.of(redeemed))
              .header(REPLAYED, Boolean.toString(redeemed.replayed()))
              .build();
        });
  }

  @Operation(
      operationId = "reverseRedemption",
      summary = "Gives a redemption back (the shop's order was cancelled); again changes nothing")
  @APIResponseSchema(
      value = Redemption.class,
      responseCode = "200",
      responseDescription = "The redemption, now reversed, and the balance after giving it back")
  @APIResponse(
      responseCode = "404",
      description =
          "The store has no credit with this code (credit-not-found), or the code has no"
              + " redemption with this key (redemption-not-found)")
  @POST
  @Path("redemptions/{key}/reverse")
  public Response reverse(
      @Parameter(description = CODE) @PathParam("code") String code,
      @Parameter(description = "The Idempotency-Key the redemption was made with") @PathParam("key")
          String key) {
    return answer(() -> Response.ok(Redemption.of(credits.reverse(code, key))).build());
  }

  private Response answer(Supplier<Response> call) {
    try {
      return call.get();
    } catch (NotFoundException e) {
      boolean redemption = e.getMessage().startsWith("redemption");
      return Problems.of(
          404,
          redemption ? "redemption-not-found" : "credit-not-found",
          redemption ? "api.credit.redemptionNotFound" : "api.credit.notFound",
          headers.getAcceptableLanguages());
    } catch (RejectedException e) {
      return Problems.of(
          422,
          CODES.getOrDefault(e.messageKey(), "rejected"),
          e.messageKey(),
          e.field(),
          e.arguments(),
          headers.getAcceptableLanguages());
    }
  }

  /** Store credit or a gift card as the shop system reads it. */
  @Schema(name = "CreditBalance")
  public record Balance(
      @Schema(description = "STORE_CREDIT or GIFT_CARD") String kind,
      @Schema(description = "The code's last four characters") String last4,
      Money balance,
      @Schema(description = "When it expires; absent where it never does") Instant expiresAt,
      boolean expired) {

    static Balance of(CreditView view) {
      return new Balance(
          view.kind().name(), view.last4(), view.balance(), view.expiresAt(), view.expired());
    }
  }

  /** What to take off. */
  @Schema(name = "RedeemRequest")
  public record RedeemRequest(@NotNull Money amount) {}

  /** A redemption and the balance right after it (after giving it back, for a reversal). */
  @Schema(name = "Redemption")
  public record Redemption(
      String idempotencyKey,
      Money amount,
      Money balance,
      Instant redeemedAt,
      @Schema(description = "When it was given back; absent while it stands") Instant reversedAt,
      @Schema(description = "Whether this answers a replay: nothing was taken this time")
          boolean replayed) {

    static Redemption of(Redeemed redeemed) {
      return new Redemption(
          redeemed.idempotencyKey(),
          redeemed.amount(),
          redeemed.balanceAfter(),
          redeemed.redeemedAt(),
          redeemed.reversedAt(),
          redeemed.replayed());
    }
  }
}
