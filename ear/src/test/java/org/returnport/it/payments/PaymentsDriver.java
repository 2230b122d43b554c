package org.returnport.it.payments;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.GatewayNotice;
import org.returnport.payments.control.PaymentGateway;
import org.returnport.payments.control.PaymentGateway.GatewayRefund;
import org.returnport.payments.control.PaymentGateways;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;

/**
 * Drives the store's gateways as the refund worker will, for the tests only, over HTTP: {@code POST
 * /it/payments?store=…&method=card&key=…&reference=…&amount=12.34&currency=EUR} refunds through the
 * gateway the store chose for the method, as the server acting for the store; {@code GET
 * /it/payments?notice=evt_…} lists the gateway notices fired for a webhook event.
 */
@WebServlet("/it/payments")
public class PaymentsDriver extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PaymentGateways gateways;

  @Inject transient Tenants tenants;

  @Inject transient TenantJobs jobs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder notices = Json.createArrayBuilder();
    for (GatewayNotice n : GatewayNotices.withId(request.getParameter("notice"))) {
      notices.add(
          Json.createObjectBuilder()
              .add("gateway", n.gateway())
              .add("subject", n.subject().name())
              .add("objectId", n.objectId())
              .add("idempotencyKey", n.idempotencyKey())
              .add("state", n.state())
              .add("amount", n.amount().decimalString())
              .add("currency", n.amount().currency()));
    }
    write(response, Json.createObjectBuilder().add("notices", notices));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObjectBuilder answer =
        jobs.actFor(
            tenants.require(request.getParameter("store")),
            () -> {
              PaymentGateway gateway = gateways.forPaymentMethod(request.getParameter("method"));
              JsonObjectBuilder result = Json.createObjectBuilder().add("gateway", gateway.code());
              try {
                GatewayRefund refund =
                    gateway.refund(
                        new PaymentGateway.RefundOrder(
                            request.getParameter("key"),
                            request.getParameter("reference"),
                            Money.of(
                                request.getParameter("amount"), request.getParameter("currency")),
                            "PaymentsIT"));
                return result
                    .add("id", refund.id())
                    .add("state", refund.state().name())
                    .add("amount", refund.amount().decimalString());
              } catch (GatewayException e) {
                return result.add("error", e.kind().name());
              }
            });
    write(response, answer);
  }

  private static void write(HttpServletResponse response, JsonObjectBuilder body)
      throws IOException {
    response.setContentType("application/json");
    response.getWriter().write(body.build().toString());
  }
}
