package org.returnport.it.community.notify;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.returnport.community.invitations.boundary.InvitationJob;
import org.returnport.tenant.boundary.TenantResolution;
import org.returnport.tenant.boundary.Tenants;

/**
 * The tests' way in to review invitations over HTTP: {@code op=close} fires a return's {@code
 * ReturnClosed} again ({@link InvitationsFiring}); {@code op=job} runs the invitation job for one
 * store now, as its schedule would, and answers how many orders it invited.
 */
@WebServlet("/it/invitations")
public class InvitationsDriver extends HttpServlet {

  @Inject InvitationsFiring firing;

  @Inject InvitationJob job;

  @Inject TenantResolution resolution;

  @Inject Tenants tenants;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String store = request.getParameter("store");
    int invited = 0;
    if ("close".equals(request.getParameter("op"))) {
      if (resolution.enterBySlug(store).isEmpty()) {
        response.sendError(404);
        return;
      }
      firing.closed(request.getParameter("rma"));
    } else {
      invited = job.run(tenants.require(store), Instant.now());
    }
    response.setContentType("application/json");
    response
        .getWriter()
        .write(Json.createObjectBuilder().add("invited", invited).build().toString());
  }
}
