package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.IntegrationKeys;
import org.returnport.loyalty.activities.boundary.Activities;
import org.returnport.loyalty.activities.boundary.Activity;
import org.returnport.loyalty.activities.boundary.ActivityResult;
import org.returnport.web.errors.Messages;

/**
 * {@code /api/v1/loyalty/activities}: the store's own systems (its integration key, nobody else)
 * award points for the store's own events, up to {@value Activities#MAX_BATCH} at a time. Each
 * event's external id makes it count once, however often it is sent.
 */
@Path("loyalty/activities")
@RequestScoped
@Tag(name = "Loyalty")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@IntegrationKeys
public class LoyaltyActivitiesResource {

  @Inject Activities activities;

  @Operation(
      operationId = "awardActivities",
      summary = "Awards points for the store's own events (integration keys only)",
      description =
          "Each item names the member by id or by e-mail address, the points, the store's own id"
              + " of the event (externalId: the same id again awards nothing and answers"
              + " duplicate) and the label the member reads on their history. Each item answers"
              + " awarded (at most up to the member's daily cap), duplicate or refused with a"
              + " problem code; a member of another store is not found.")
  @APIResponseSchema(
      value = Results.class,
      responseCode = "200",
      responseDescription = "What became of each item, in the order sent")
  @APIResponse(responseCode = "400", description = "No items, or a body that is not JSON")
  @APIResponse(
      responseCode = "422",
      description = "More than 100 items (problem code rejected, field items)")
  @APIResponse(
      responseCode = "404",
      description = "The caller is not the store's integration key (problem code not-found)")
  @POST
  public Results award(
      @RequestBody(description = "The events, up to 100", required = true) @NotNull @Valid
          Batch batch,
      @Context HttpHeaders headers) {
    Locale locale = Problems.language(headers.getAcceptableLanguages());
    List<ActivityResult> results =
        activities.award(batch.items().stream().map(Item::toActivity).toList());
    return new Results(results.stream().map(result -> Result.of(result, locale)).toList());
  }

  /** The events to award points for. */
  @Schema(name = "LoyaltyActivityBatch")
  public record Batch(@NotEmpty List<@NotNull Item> items) {}

  /** One event of the store's: the member by id or by e-mail (one of the two). */
  @Schema(name = "LoyaltyActivity")
  public record Item(
      @Schema(description = "The member's id (or give email)") Long memberId,
      @Schema(description = "The member's e-mail address (or give memberId)") String email,
      @Schema(description = "Points to award, 1 to 1000000", required = true) Long points,
      @Schema(
              description = "The store's own id of the event: the idempotency key",
              maxLength = Activity.EXTERNAL_ID_MAX,
              required = true)
          String externalId,
      @Schema(
              description = "What the member reads on their history, e.g. Birthday bonus",
              maxLength = Activity.LABEL_MAX,
              required = true)
          String label) {

    Activity toActivity() {
      return new Activity(memberId, email, points == null ? 0 : points, externalId, label);
    }
  }

  @Schema(name = "LoyaltyActivityResults")
  public record Results(List<Result> results) {}

  /** What became of one item. */
  @Schema(name = "LoyaltyActivityResult")
  public record Result(
      String externalId,
      @Schema(enumeration = {"awarded", "duplicate", "refused"}) String status,
      @Schema(description = "Points awarded now, or by the first delivery of a duplicate")
          long points,
      @Schema(description = "The ledger entry of the award") Long entryId,
      @Schema(description = "The member's balance after an award") Long balance,
      @Schema(description = "Why an item was refused") ItemProblem problem) {

    static Result of(ActivityResult result, Locale locale) {
      return new Result(
          result.externalId(),
          result.status().name().toLowerCase(Locale.ROOT),
          result.points(),
          result.entryId(),
          result.balance(),
          result.problem() == null
              ? null
              : new ItemProblem(
                  result.problem(),
                  Messages.format(
                      "api.loyalty.activity." + result.problem(),
                      List.of(Activity.EXTERNAL_ID_MAX, Activity.LABEL_MAX),
                      locale)));
    }
  }

  /** A stable code for programs and a title in the caller's language. */
  @Schema(name = "LoyaltyActivityProblem")
  public record ItemProblem(String code, String title) {}
}
