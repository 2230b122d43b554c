package org.returnport.it.credit;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * The tests' way in to {@link CreditPayoutFiring} over HTTP: the store is entered by its slug, as
 * the shopper pages enter it. {@code op=due} announces a payout, {@code op=age} lets a card expire,
 * {@code op=expire} also runs the daily expiry.
 */
@WebServlet("/it/credit-payouts")
public class CreditPayoutDriver extends HttpServlet {

  @Inject CreditPayoutFiring firing;

  @Inject TenantResolution tenants;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    String op = request.getParameter("op");
    var answer = Json.createObjectBuilder();
    if ("age".equals(op)) {
      firing.age(request.getParameter("code"));
    } else if ("expire".equals(op)) {
      answer.add("expired", firing.expire(request.getParameter("code")));
    } else {
      String currency = request.getParameter("currency");
      answer.add(
          "eventId",
          firing
              .due(
                  request.getParameter("rma"),
                  request.getParameter("key"),
                  PayoutMethod.valueOf(request.getParameter("method")),
                  Money.of(request.getParameter("amount"), currency),
                  Money.of(request.getParameter("bonus"), currency))
              .toString());
    }
    response.setContentType("application/json");
    response.getWriter().write(answer.build().toString());
  }
}
