package org.returnport.it.browser;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.returnport.it.web.WebSession;
import org.returnport.loyalty.ledger.entity.LoyaltyAccount;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * {@code POST /it/loyalty/gold?store=slug&member=id&points=n}: the store's program with a Gold tier
 * and the member in it ({@link LoyaltyJourneyITBean}); answers the member's balance and tier.
 */
@WebServlet("/it/loyalty/gold")
public class LoyaltyJourneyITDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantResolution tenants;

  @Inject LoyaltyJourneyITBean bean;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    LoyaltyAccount account =
        bean.goldMember(
            Long.parseLong(request.getParameter("member")),
            Long.parseLong(request.getParameter("points")));
    response.setContentType("application/json");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("balance", account.getBalance())
                .add("tier", account.getTierCode())
                .build()
                .toString());
  }

  /** Makes the member Gold over HTTP; answers their balance. */
  static long goldMember(String slug, long memberId, long points) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            WebSession.BASE
                                + "/it/loyalty/gold?store="
                                + slug
                                + "&member="
                                + memberId
                                + "&points="
                                + points))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("could not make member " + memberId + " Gold: " + answer);
    }
    var json = Json.createReader(new java.io.StringReader(answer.body())).readObject();
    if (!"gold".equals(json.getString("tier"))) {
      throw new IllegalStateException("member " + memberId + " is not Gold: " + json);
    }
    return json.getJsonNumber("balance").longValue();
  }
}
