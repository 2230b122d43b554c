package org.returnport.it.loyalty;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.returnport.it.web.WebSession;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * {@code POST /it/loyalty/points?store=slug&member=id&points=n}: the member's balance becomes n at
 * once (an adjustment in the ledger, the points for joining included); answers the new balance.
 */
@WebServlet("/it/loyalty/points")
public class PointsGiver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantResolution tenants;

  @Inject PointsGiving giving;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    long balance =
        giving.give(
            Long.parseLong(request.getParameter("member")),
            Long.parseLong(request.getParameter("points")),
            "it-" + UUID.randomUUID());
    response.setContentType("text/plain");
    response.getWriter().print(balance);
  }

  /** Gives the points over HTTP, as a test does before the member redeems; answers the balance. */
  public static long give(String slug, long memberId, long points) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            WebSession.BASE
                                + "/it/loyalty/points?store="
                                + slug
                                + "&member="
                                + memberId
                                + "&points="
                                + points))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("could not give points to " + memberId + ": " + answer);
    }
    return Long.parseLong(answer.body().strip());
  }
}
