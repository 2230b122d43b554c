package org.returnport.it.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.tenant.boundary.TenantResolution;

/** {@code POST /it/community/trust?store=slug&member=id}: the member's writing shows at once. */
@WebServlet("/it/community/trust")
public class TrustedMembers extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantResolution tenants;

  @Inject Trusting trusting;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    trusting.trust(Long.parseLong(request.getParameter("member")));
    response.setStatus(204);
  }

  /** Trusts the member over HTTP, as a test does before the member posts. */
  public static void trust(String slug, long memberId) throws Exception {
    var answer =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            org.returnport.it.web.WebSession.BASE
                                + "/it/community/trust?store="
                                + slug
                                + "&member="
                                + memberId))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() != 204) {
      throw new IllegalStateException("could not trust member " + memberId + ": " + answer);
    }
  }
}
