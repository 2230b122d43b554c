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

/**
 * {@code /api/v1/customs/reclaims}: what a customs broker needs to reclaim the duties of the
 * store's cross-border returns, as CSV, for a period of whole days (UTC).
 */
@Path("customs/reclaims")
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
  @Produces(CSV)
  public Response reclaims(
      @Parameter(description = "First day (YYYY-MM-DD, UTC)", required = true) @QueryParam("from")
          String from,
      @Parameter(description = "Last day, included", required = true) @QueryParam("to") String to) {
    return csv(
        ReclaimCsv.csv(reports.reclaims(day("from", from), day("to", to))),
        "customs-reclaims-" + from + "-" + to + ".csv");
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

  static Response csv(String body, String name) {
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
