package org.returnport.it.loyalty;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.returnport.loyalty.tiers.boundary.TierReview;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.boundary.Tenants;

/**
 * {@code POST /it/loyalty/program?store=slug&op=...}: points awarded at a time ({@code award}), the
 * daily tier review run at a time of the test's choosing ({@code review}, as the scheduler runs it
 * for each store), a shopper's tier as the return policy asks for it ({@code tier}).
 */
@WebServlet("/it/loyalty/program")
public class ProgramDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantResolution resolution;

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject TierReview review;

  @Inject PointsForTests points;

  @Inject ShopperTiersProbe probe;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String slug = request.getParameter("store");
    String op = request.getParameter("op");
    if (op.equals("review")) {
      Instant now = Instant.parse(request.getParameter("now"));
      int moved = jobs.actFor(tenants.require(slug), () -> review.reviewAll(now));
      write(response, 200, Json.createObjectBuilder().add("moved", moved).build().toString());
      return;
    }
    if (resolution.enterBySlug(slug).isEmpty()) {
      response.sendError(404);
      return;
    }
    switch (op) {
      case "award" -> {
        boolean written =
            points.award(
                Long.parseLong(request.getParameter("member")),
                Long.parseLong(request.getParameter("points")),
                request.getParameter("key"),
                Instant.parse(request.getParameter("at")));
        write(response, 200, Json.createObjectBuilder().add("written", written).build().toString());
      }
      case "tier" ->
          probe
              .tierOf(request.getParameter("email"))
              .ifPresentOrElse(
                  tier ->
                      write(
                          response,
                          200,
                          Json.createObjectBuilder()
                              .add("code", tier.code())
                              .add("en", tier.name().en())
                              .add("zh", tier.name().zh() == null ? "" : tier.name().zh())
                              .build()
                              .toString()),
                  () -> write(response, 200, "{}"));
      default -> response.sendError(400);
    }
  }

  private static void write(HttpServletResponse response, int status, String body) {
    try {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
