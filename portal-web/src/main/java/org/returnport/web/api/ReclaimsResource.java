package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.RejectedException;
import org.returnport.settlement.boundary.SettlementReports;
import org.returnport.settlement.control.ReclaimCsv;
import org.returnport.settlement.control.RefundReport;

/**
 * The money reports as CSV: {@code /api/v1/customs/reclaims} for the customs broker and {@code
 * /api/v1/reports/refunds} for the accountant, each for a period of whole days (UTC).
 */
@Path("")
@RequestScoped
@Tag(name = "Reports")
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReclaimsResource {

  static final String CSV = "text/csv; charset=UTF-8";

  @Inject SettlementReports reports;

  @Operation(
      operationId = "exportReclaims",
      summary = "Exports what a customs broker needs to reclaim duties, one row per returned line")
  @APIResponse(responseCode = "200", description = "CSV with a header line")
  @APIResponse(
      responseCode = "422",
      description = "The period is missing, reversed or longer than a year")
  @GET
  @Path("customs/reclaims")
  @Produces(CSV)
  public Response reclaims(
      @Parameter(description = "First day (YYYY-MM-DD, UTC)", required = true) @QueryParam("from")
          String from,
      @Parameter(description = "Last day, included", required = true) @QueryParam("to") String to) {
    return csv(
        ReclaimCsv.csv(reports.reclaims(day("from", from), day("to", to))),
        "customs-reclaims-" + from + "-" + to + ".csv");
  }

  @Operation(
      operationId = "exportRefundReport",
      summary = "The daily refund report: paid amounts by day, method and currency")
  @APIResponse(responseCode = "200", description = "CSV with a header line")
  @APIResponse(
      responseCode = "422",
      description = "The period is missing, reversed or longer than a year")
  @GET
  @Path("reports/refunds")
  @Produces(CSV)
  public Response refunds(
      @Parameter(description = "First day (YYYY-MM-DD, UTC)", required = true) @QueryParam("from")
          String from,
      @Parameter(description = "Last day, included", required = true) @QueryParam("to") String to) {
    return csv(
        RefundReport.csv(reports.refunds(day("from", from), day("to", to))),
        "refunds-" + from + "-" + to + ".csv");
  }

  /** A day as the query gives it; anything else is bad input on that parameter. */
  static LocalDate day(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new RejectedException(field, "returnport.report.period");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new RejectedException(field, "returnport.report.date", text.strip());
    }
  }

  private static Response csv(String body, String name) {
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
