package org.returnport.it.loyalty;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.returnport.loyalty.expiry.boundary.PointsExpiry;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * {@code POST /it/loyalty/expiry?store=slug&op=...}: the test clock of the expiry test. {@code
 * run&now=instant} runs the store's expiry job at that moment, as the timer does at the real time;
 * {@code points&member=id} reads the member's points; {@code takeOff&member=id&points=n&key=k}
 * takes points off; {@code entries&key=k} counts the entries with a key.
 */
@WebServlet("/it/loyalty/expiry")
public class ExpiryDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject PointsExpiry expiry;

  @Inject ExpiryProbe probe;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Tenant store = tenants.require(request.getParameter("store"));
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (request.getParameter("op")) {
      case "run" -> {
        Instant now = Instant.parse(request.getParameter("now"));
        PointsExpiry.Run run = jobs.actFor(store, () -> expiry.expireDue(now));
        answer
            .add("warned", run.warned())
            .add("expiredAccounts", run.expiredAccounts())
            .add("expiredPoints", run.expiredPoints());
      }
      case "points" -> {
        long member = Long.parseLong(request.getParameter("member"));
        ExpiryProbe.Points points = jobs.actFor(store, () -> probe.points(member));
        answer
            .add("balance", points.balance())
            .add("pending", points.pending())
            .add("recounted", points.recounted())
            .add("entries", points.entries())
            .add("expired", points.expired())
            .add("lastActivityAt", String.valueOf(points.lastActivityAt()))
            .add("warnedAt", String.valueOf(points.warnedAt()));
      }
      case "takeOff" -> {
        long member = Long.parseLong(request.getParameter("member"));
        long points = Long.parseLong(request.getParameter("points"));
        String key = request.getParameter("key");
        jobs.actFor(
            store,
            () -> {
              probe.takeOff(member, points, key);
              return null;
            });
      }
      case "entries" -> {
        String key = request.getParameter("key");
        answer.add("count", jobs.actFor(store, () -> probe.entriesWithKey(key)));
      }
      default -> throw new IllegalArgumentException(request.getParameter("op"));
    }
    response.setContentType("application/json");
    response.getWriter().write(answer.build().toString());
  }
}
