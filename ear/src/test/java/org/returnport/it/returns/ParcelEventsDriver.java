package org.returnport.it.returns;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.returnport.events.ParcelStage;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * The tests' way in to {@link ParcelEventsFiring} over HTTP: the store is entered by its slug, as
 * the shopper pages enter it; answers the fired event's id.
 */
@WebServlet("/it/parcel-events")
public class ParcelEventsDriver extends HttpServlet {

  @Inject ParcelEventsFiring firing;

  @Inject TenantResolution tenants;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    String rma = request.getParameter("rma");
    UUID id =
        "label".equals(request.getParameter("op"))
            ? firing.label(rma, request.getParameter("carrier"), request.getParameter("tracking"))
            : firing.scan(
                rma,
                ParcelStage.valueOf(request.getParameter("stage")),
                Instant.parse(request.getParameter("at")),
                request.getParameter("location"),
                request.getParameter("words"));
    response.setContentType("application/json");
    response
        .getWriter()
        .write(Json.createObjectBuilder().add("eventId", id.toString()).build().toString());
  }
}
