package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.settlement.boundary.Settlements;
import org.returnport.settlement.entity.PartState;
import org.returnport.settlement.entity.SettledBy;
import org.returnport.settlement.entity.Settlement;
import org.returnport.settlement.entity.SettlementPart;

/**
 * {@code /api/v1/returns/{rma}/settlement}: a return's money as the store's systems see it, and an
 * agent's "settle now" with an optional other amount and a reason. Settling twice is a conflict:
 * one settlement per return, whatever arrives at the same moment.
 */
@Path("returns/{rma}/settlement")
@RequestScoped
@Tag(name = "Settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class SettlementsResource {

  @Inject Settlements settlements;

  @Operation(
      operationId = "readSettlement",
      summary = "Reads a return's settlement and its payouts")
  @APIResponseSchema(
      value = SettlementView.class,
      responseCode = "200",
      responseDescription = "The settlement")
  @APIResponse(responseCode = "404", description = "The store has no return with this RMA")
  @GET
  public SettlementView get(
      @Parameter(description = ReturnsResource.RMA) @PathParam("rma") String rma) {
    return settlements.of(rma).map(SettlementView::of).orElseGet(() -> SettlementView.none(rma));
  }

  @Operation(
      operationId = "settleReturn",
      summary = "Settles a return now, at the rules' amount or another one with a reason",
      description =
          "The amount, when given, replaces the refund (in the order's currency, not negative, not"
              + " above what the shopper paid for the returned items, zero only once they were"
              + " inspected); refundable duties are paid on top. The same Idempotency-Key answers the"
              + " same settlement again.")
  @APIResponseSchema(
      value = SettlementView.class,
      responseCode = "200",
      responseDescription = "The settlement")
  @APIResponse(responseCode = "404", description = "The store has no return with this RMA")
  @APIResponse(responseCode = "409", description = "The return is settled already")
  @APIResponse(responseCode = "422", description = "The amount or the reason cannot be accepted")
  @POST
  public SettlementView settle(
      @Parameter(description = ReturnsResource.RMA) @PathParam("rma") String rma,
      @Parameter(
              description =
                  "A key the caller makes for this settlement; sent again, it settles nothing new",
              required = true)
          @HeaderParam("Idempotency-Key")
          @NotBlank
          @Size(max = PayoutDue.KEY_MAX)
          String key,
      @RequestBody(description = "Why, and optionally the amount", required = true) @NotNull @Valid
          SettleNow input) {
    return SettlementView.of(settlements.settleNow(rma, input.amount(), input.reason(), key));
  }

  /** An agent's settle-now: the reason always, another amount if need be. */
  public record SettleNow(
      Money amount, @NotBlank @Size(max = Settlement.REASON_MAX) String reason) {}

  /** A settlement as the API shows it. */
  public record SettlementView(
      String rma,
      SettledBy settledBy,
      Money refundBeforeDeductions,
      Money deduction,
      Money deductionAfterPayout,
      List<Deduction> deductions,
      Money duties,
      String adjustReason,
      Instant settledAt,
      Instant closedAt,
      List<Part> parts) {

    /** A return whose money has not started to move: nothing settled, no payouts. */
    static SettlementView none(String rma) {
      return new SettlementView(
          rma.strip().toUpperCase(java.util.Locale.ROOT),
          null,
          null,
          null,
          null,
          List.of(),
          null,
          null,
          null,
          null,
          List.of());
    }

    static SettlementView of(Settlement s) {
      return new SettlementView(
          s.getRma(),
          s.getTriggeredBy(),
          s.getRefundBefore(),
          s.getDeduction(),
          s.getLateDeduction(),
          s.getDeductions().stream()
              .map(
                  d ->
                      new Deduction(
                          d.lineNo(),
                          d.gradeCode(),
                          d.units(),
                          d.percent().toPlainString(),
                          d.amount()))
              .toList(),
          s.getDuties(),
          s.getAdjustReason(),
          s.getSettledAt(),
          s.getClosedAt(),
          s.getParts().stream().map(Part::of).toList());
    }
  }

  /** Units of a line graded alike and what their grade took off. */
  public record Deduction(int line, String grade, int units, String percent, Money amount) {}

  /** One payout. */
  public record Part(
      String payoutKey,
      PayoutMethod method,
      Money amount,
      Money bonus,
      PartState state,
      Money paid,
      String reference) {

    static Part of(SettlementPart p) {
      return new Part(
          p.getPayoutKey(),
          p.getMethod(),
          p.getAmount(),
          p.getBonus(),
          p.getState(),
          p.getPaid(),
          p.getReference());
    }
  }
}
