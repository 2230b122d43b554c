package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.entity.ProductData;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.boundary.QueueFilter;
import org.returnport.returns.boundary.QueueRow;
import org.returnport.returns.boundary.ReturnsQueue;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.WaitingOn;
import org.returnport.values.EmailAddress;
import org.returnport.values.OrderNumber;

/**
 * {@code /api/v1/returns}: the store's returns for integrations (a help desk, the shop system). A
 * return created here is judged by the policy exactly as one the shopper submits; the {@code
 * Idempotency-Key} header makes a repeated create return the same return.
 */
@Path("returns")
@RequestScoped
@Tag(name = "Returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReturnsResource {

  @Inject ReturnsQueue queue;

  @Inject ShopperReturns shopperReturns;

  @Operation(
      operationId = "listReturns",
      summary = "Lists the store's returns, newest first, with the queue's filters")
  @APIResponseSchema(
      value = ReturnPage.class,
      responseCode = "200",
      responseDescription = "One page of the returns that pass every filter given, and their total")
  @GET
  public ReturnPage list(
      @Parameter(description = "Only returns in this state") @QueryParam("status")
          ReturnStatus status,
      @Parameter(description = "Only returns waiting on the store or on the shopper")
          @QueryParam("waitingOn")
          WaitingOn waitingOn,
      @Parameter(description = "Only returns with an item returned for this reason code")
          @QueryParam("reason")
          @Size(max = ReturnLine.REASON_MAX)
          String reason,
      @Parameter(
              description = "Only returns from orders shipped to this country (ISO 3166 code)",
              schema = @Schema(pattern = "[A-Z]{2}"))
          @QueryParam("country")
          @Pattern(regexp = "[A-Z]{2}")
          String country,
      @Parameter(
              description = "Only returns requested at least this many days ago",
              schema = @Schema(minimum = "0", maximum = "3650"))
          @QueryParam("olderThanDays")
          @Min(0)
          @Max(3650)
          Integer olderThanDays,
      @Parameter(
              description =
                  "Only the return with this RMA, or the returns of this order number or e-mail address")
          @QueryParam("search")
          @Size(max = EmailAddress.MAX)
          String search,
      @Parameter(
              description = StaffResource.PAGE,
              schema = @Schema(minimum = "0", maximum = "1000000"))
          @QueryParam("page")
          @DefaultValue("0")
          @Min(0)
          @Max(1_000_000)
          int page,
      @Parameter(description = StaffResource.SIZE, schema = @Schema(minimum = "1", maximum = "200"))
          @QueryParam("size")
          @DefaultValue("50")
          @Min(1)
          @Max(200)
          int size) {
    QueueFilter filter =
        new QueueFilter(
            status,
            waitingOn,
            reason,
            country,
            olderThanDays == null ? null : Duration.ofDays(olderThanDays),
            search);
    return new ReturnPage(queue.list(filter, page * size, size), page, size, queue.count(filter));
  }

  @Operation(operationId = "readReturn", summary = "Reads one return with its lines and timeline")
  @APIResponseSchema(
      value = ReturnView.class,
      responseCode = "200",
      responseDescription = "The return, its amounts as Money")
  @APIResponse(responseCode = "404", description = "The store has no return with this RMA")
  @GET
  @Path("{rma}")
  public ReturnView get(@Parameter(description = RMA) @PathParam("rma") String rma) {
    return ReturnView.of(queue.detail(rma));
  }

  @Operation(
      operationId = "createReturn",
      summary =
          "Files a return for a shopper, judged by the policy in force; idempotent by Idempotency-Key",
      description =
          "The order number and the shopper's e-mail must match an order of the store; the policy"
              + " decides what may go back, the fees and the refund, exactly as for a return the"
              + " shopper submits.")
  @APIResponseSchema(
      value = ReturnView.class,
      responseCode = "201",
      responseDescription = "The return (the same one again for a repeated Idempotency-Key)")
  @APIResponse(
      responseCode = "404",
      description = "No order of the store has this number and e-mail address")
  @APIResponse(
      responseCode = "422",
      description =
          "The policy refuses the return, such as an item outside the window or final sale, or"
              + " the store has no policy yet")
  @POST
  public Response create(
      @Parameter(
              description =
                  "A UUID the caller makes for this return; sent again, it files nothing new",
              required = true,
              schema = @Schema(pattern = "[0-9a-f-]{36}"))
          @HeaderParam("Idempotency-Key")
          @NotNull
          @Pattern(regexp = "[0-9a-f-]{36}")
          String key,
      @RequestBody(
              description = "The order, the items to return and the resolution",
              required = true)
          @NotNull
          @Valid
          NewReturn input) {
    var submitted =
        shopperReturns.submit(
            input.orderNumber(),
            input.email(),
            input.items().stream().map(NewReturn.Item::toChoice).toList(),
            input.resolution(),
            input.language() == null ? "en" : input.language(),
            key);
    return Response.status(201).entity(ReturnView.of(queue.detail(submitted.rma()))).build();
  }

  @Operation(
      operationId = "approveReturn",
      summary = "Approves a return under review; a decided return is refused")
  @APIResponseSchema(
      value = ReturnView.class,
      responseCode = "200",
      responseDescription = "The approved return")
  @APIResponse(responseCode = "404", description = "The store has no return with this RMA")
  @APIResponse(responseCode = "422", description = "The return is not under review any more")
  @POST
  @Path("{rma}/approve")
  public ReturnView approve(@Parameter(description = RMA) @PathParam("rma") String rma) {
    queue.approve(rma, null);
    return ReturnView.of(queue.detail(rma));
  }

  @Operation(
      operationId = "rejectReturn",
      summary = "Rejects a return under review with a reason the shopper reads")
  @APIResponseSchema(
      value = ReturnView.class,
      responseCode = "200",
      responseDescription = "The rejected return")
  @APIResponse(responseCode = "404", description = "The store has no return with this RMA")
  @APIResponse(responseCode = "422", description = "The return is not under review any more")
  @POST
  @Path("{rma}/reject")
  public ReturnView reject(
      @Parameter(description = RMA) @PathParam("rma") String rma,
      @RequestBody(description = "Why, in words the shopper will read", required = true)
          @NotNull
          @Valid
          Rejection rejection) {
    queue.reject(rma, null, rejection.reason());
    return ReturnView.of(queue.detail(rma));
  }

  static final String RMA = "The return's RMA, such as RMA-7K2P9QXA";

  /** A page of returns, with what it takes to ask for the next one. */
  public record ReturnPage(List<QueueRow> items, int page, int size, long total) {}

  /** Why a return is rejected, in words the shopper will read. */
  public record Rejection(@NotBlank @Size(max = ReturnCase.REJECTION_MAX) String reason) {}

  /** A return an integration files for a shopper. */
  public record NewReturn(
      @NotBlank @Size(max = OrderNumber.MAX) String orderNumber,
      @NotBlank @Size(max = EmailAddress.MAX) String email,
      @NotNull Resolution resolution,
      @Pattern(regexp = "en|zh-CN") String language,
      @NotEmpty @Size(max = 100) List<@NotNull @Valid Item> items) {

    /** One order line to return. */
    @Schema(name = "NewReturnItem")
    public record Item(
        @Min(1) int lineNo,
        @Min(1) @Max(10_000) int quantity,
        @NotBlank @Size(max = ReturnLine.REASON_MAX) String reason,
        @NotBlank @Size(max = ReturnLine.CONDITION_MAX) String condition,
        @Size(max = ReturnLine.COMMENT_MAX) String comment,
        @Size(max = ProductData.SKU_MAX) String exchangeSku) {

      ShopperReturns.Choice toChoice() {
        return new ShopperReturns.Choice(
            lineNo, quantity, reason, condition, comment, List.of(), exchangeSku);
      }
    }
  }
}
