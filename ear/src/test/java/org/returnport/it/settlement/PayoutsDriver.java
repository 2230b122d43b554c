package org.returnport.it.settlement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.money.Money;
import org.returnport.tenant.boundary.TenantResolution;

/** The tests' way in to {@link PayoutsFiring} over HTTP, the store entered by its slug. */
@WebServlet("/it/payouts")
public class PayoutsDriver extends HttpServlet {

  @Inject PayoutsFiring firing;

  @Inject TenantResolution tenants;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    firing.done(
        request.getParameter("rma"),
        request.getParameter("key"),
        PayoutMethod.valueOf(request.getParameter("method")),
        PayoutOutcome.valueOf(request.getParameter("outcome")),
        Money.of(request.getParameter("amount"), request.getParameter("currency")));
    response.setStatus(204);
  }
}
