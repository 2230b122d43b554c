package org.returnport.it.deadlines;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.DelayCause;
import org.returnport.returns.boundary.Deadlines;
import org.returnport.returns.boundary.Incidents;
import org.returnport.returns.entity.Incident;
import org.returnport.returns.entity.IncidentTerms;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * For the tests only, over HTTP: acts for the store named by its slug as the server's jobs do
 * ({@link TenantJobs#actFor}), and makes one call: a carrier scan ({@code op=scan}), the deadline
 * sweep at a given time ({@code op=sweep}), an extension by hand, an incident declared or ended, or
 * the state of a return. A refusal answers its message key.
 */
@WebServlet("/it/deadlines")
public class DeadlinesDriver extends HttpServlet {

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject DeadlinesProbe probe;

  @Inject Deadlines deadlines;

  @Inject Incidents incidents;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Tenant store = tenants.require(request.getParameter("store"));
    try {
      JsonObjectBuilder answer = jobs.actFor(store, () -> call(request));
      write(response, 200, answer);
    } catch (RejectedException e) {
      write(response, 422, Json.createObjectBuilder().add("key", e.messageKey()));
    } catch (NotFoundException e) {
      write(response, 404, Json.createObjectBuilder().add("error", "not-found"));
    }
  }

  private JsonObjectBuilder call(HttpServletRequest request) {
    String rma = request.getParameter("rma");
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (request.getParameter("op")) {
      case "scan" ->
          probe.scan(
              rma,
              Integer.parseInt(request.getParameter("days")),
              DelayCause.valueOf(request.getParameter("cause")),
              request.getParameter("words"));
      case "sweep" -> {
        Deadlines.Swept swept = deadlines.sweep(Instant.parse(request.getParameter("now")));
        answer
            .add("reminded", swept.reminded())
            .add("expired", swept.expired())
            .add("paused", swept.paused());
      }
      case "extend" -> deadlines.extend(rma, Integer.valueOf(request.getParameter("days")), null);
      case "incident" -> {
        Incident incident =
            incidents.declare(
                new IncidentTerms(
                    request.getParameter("countries"),
                    request.getParameter("carrier"),
                    DelayCause.valueOf(request.getParameter("cause")),
                    request.getParameter("reason"),
                    null,
                    LocalDate.parse(request.getParameter("firstDay")),
                    LocalDate.parse(request.getParameter("lastDay")),
                    Integer.valueOf(request.getParameter("days"))));
        answer.add("id", incident.getId()).add("moved", incident.getReturnsMoved());
      }
      case "end" -> incidents.end(Long.parseLong(request.getParameter("id")));
      default -> {
        JsonObject described = probe.describe(rma);
        described.forEach(answer::add);
      }
    }
    return answer;
  }

  private static void write(HttpServletResponse response, int status, JsonObjectBuilder body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body.build().toString());
  }
}
