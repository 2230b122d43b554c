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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.boundary.QueueFilter;
import org.returnport.returns.boundary.QueueRow;
import org.returnport.returns.boundary.ReturnsQueue;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.WaitingOn;
import org.returnport.staff.control.StoreRoles;
import org.returnport.staff.entity.StaffRole;

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

  @Operation(summary = "Lists the store's returns, newest first, with the queue's filters")
  @GET
  public StaffResource.Page<QueueRow> list(
      @QueryParam("status") ReturnStatus status,
      @QueryParam("waitingOn") WaitingOn waitingOn,
      @QueryParam("reason") @Size(max = 32) String reason,
      @QueryParam("country") @Pattern(regexp = "[A-Z]{2}") String country,
      @QueryParam("olderThanDays") @Min(0) @Max(3650) Integer olderThanDays,
      @QueryParam("search") @Size(max = 254) String search,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    QueueFilter filter =
        new QueueFilter(
            status,
            waitingOn,
            reason,
            country,
            olderThanDays == null ? null : Duration.ofDays(olderThanDays),
            search);
    return new StaffResource.Page<>(
        queue.list(filter, page * size, size), page, size, queue.count(filter));
  }

  @Operation(summary = "Reads one return with its lines and timeline")
  @GET
  @Path("{rma}")
  public ReturnView get(@PathParam("rma") String rma) {
    return ReturnView.of(queue.detail(rma));
  }

  @Operation(
      summary =
          "Files a return for a shopper, judged by the policy in force; idempotent by Idempotency-Key")
  @POST
  public Response create(
      @HeaderParam("Idempotency-Key") @NotNull @Pattern(regexp = "[0-9a-f-]{36}") String key,
      @NotNull @Valid NewReturn input) {
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

  @Operation(summary = "Approves a return under review; a decided return is refused")
  @POST
  @Path("{rma}/approve")
  public ReturnView approve(@PathParam("rma") String rma) {
    queue.approve(rma, null);
    return ReturnView.of(queue.detail(rma));
  }

  @Operation(summary = "Rejects a return under review with a reason the shopper reads")
  @POST
  @Path("{rma}/reject")
  public ReturnView reject(@PathParam("rma") String rma, @NotNull @Valid Rejection rejection) {
    queue.reject(rma, null, rejection.reason());
    return ReturnView.of(queue.detail(rma));
  }

  /** Why a return is rejected, in words the shopper will read. */
  public record Rejection(@NotBlank @Size(max = 1000) String reason) {}

  /** A return an integration files for a shopper. */
  public record NewReturn(
      @NotBlank @Size(max = 64) String orderNumber,
      @NotBlank @Size(max = 254) String email,
      @NotNull Resolution resolution,
      @Pattern(regexp = "en|zh-CN") String language,
      @NotEmpty @Size(max = 100) List<@NotNull @Valid Item> items) {

    /** One order line to return. */
    public record Item(
        @Min(1) int lineNo,
        @Min(1) @Max(10_000) int quantity,
        @NotBlank @Size(max = 32) String reason,
        @NotBlank @Size(max = 32) String condition,
        @Size(max = 1000) String comment,
        @Size(max = 64) String exchangeSku) {

      ShopperReturns.Choice toChoice() {
        return new ShopperReturns.Choice(
            lineNo, quantity, reason, condition, comment, List.of(), exchangeSku);
      }
    }
  }
}
