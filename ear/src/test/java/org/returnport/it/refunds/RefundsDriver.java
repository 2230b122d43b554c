package org.returnport.it.refunds;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.returnport.errors.RejectedException;
import org.returnport.money.Money;
import org.returnport.payments.boundary.RefundWorker;
import org.returnport.payments.control.GatewayException;
import org.returnport.tenant.boundary.TenantResolution;

/**
 * The refund tests' way in to {@link RefundsFiring} over HTTP, the store entered by its slug as the
 * shopper pages enter it: {@code op} is {@code due} (fire payouts; answers "ok" or the refusal's
 * message key), {@code killed}, {@code sandbox} (a refund asked of the sandbox directly), {@code
 * drain} (one more worker sending due refunds, next to the scheduled ones) or {@code state}.
 */
@WebServlet("/it/refunds")
public class RefundsDriver extends HttpServlet {

  @Inject RefundsFiring firing;

  @Inject RefundWorker worker;

  @Inject TenantResolution tenants;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (tenants.enterBySlug(request.getParameter("store")).isEmpty()) {
      response.sendError(404);
      return;
    }
    String rma = request.getParameter("rma");
    String amount = request.getParameter("amount");
    Money money = amount == null ? null : Money.of(amount, request.getParameter("currency"));
    String body;
    switch (request.getParameter("op")) {
      case "due" -> {
        String outcome = "ok";
        try {
          firing.payoutDue(rma, money, request.getParameterValues("key"));
        } catch (RejectedException e) {
          outcome = e.messageKey();
        }
        body = Json.createObjectBuilder().add("outcome", outcome).build().toString();
      }
      case "killed" -> {
        try {
          firing.killedMidRefund(
              rma, request.getParameter("key"), money, request.getParameter("reference"));
        } catch (GatewayException e) {
          throw new IOException(e);
        }
        body = "{}";
      }
      case "sandbox" ->
          body =
              firing
                  .sandboxRefund(
                      request.getParameter("key"), request.getParameter("reference"), money)
                  .toString();
      case "links" -> {
        try {
          body =
              firing
                  .linkAndHolds(
                      request.getParameter("key"), request.getParameter("reference"), money)
                  .toString();
        } catch (GatewayException e) {
          throw new IOException(e);
        }
      }
      case "drain" ->
          body =
              Json.createObjectBuilder()
                  .add("taken", worker.drain(Instant.now().plusSeconds(30)))
                  .build()
                  .toString();
      default -> body = firing.state(rma, request.getParameter("reference")).toString();
    }
    response.setContentType("application/json");
    response.getWriter().write(body);
  }
}
