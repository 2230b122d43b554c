package org.returnport.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.settlement.boundary.SettlementReports;
import org.returnport.settlement.control.RefundReport;

/**
 * {@code /api/v1/reports/refunds}: the daily refund report as CSV, for a period of whole days
 * (UTC).
 */
@Path("reports")
@RequestScoped
@Tag(name = "Reports")
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class ReportsResource {

  @Inject SettlementReports reports;

  @Operation(
      operationId = "exportRefundReport",
      summary = "The daily refund report: paid amounts by day, method and currency")
  @APIResponse(responseCode = "200", description = "CSV with a header line")
  @APIResponse(
      responseCode = "422",
      description = "The period is missing, reversed or longer than a year")
  @GET
  @Path("refunds")
  @Produces(ReclaimsResource.CSV)
  public Response refunds(
      @Parameter(description = "First day (YYYY-MM-DD, UTC)", required = true) @QueryParam("from")
          String from,
      @Parameter(description = "Last day, included", required = true) @QueryParam("to") String to) {
    return ReclaimsResource.csv(
        RefundReport.csv(
            reports.refunds(ReclaimsResource.day("from", from), ReclaimsResource.day("to", to))),
        "refunds-" + from + "-" + to + ".csv");
  }
}
