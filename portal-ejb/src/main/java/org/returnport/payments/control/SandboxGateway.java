package org.returnport.payments.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.payments.boundary.SandboxBooks;
import org.returnport.payments.control.GatewayException.Kind;
import org.returnport.payments.entity.SandboxEntry;
import org.returnport.tenancy.CurrentTenant;

/**
 * The sandbox payment gateway: behaves like a real one, with books of its own ({@link
 * SandboxBooks}), steered by words in the payment reference ({@link SandboxWords}). A refund
 * succeeds at once, is declined (a closed card, the merchant's balance, more than is left of the
 * payment), is pending until the sandbox confirms it after {@code returnport.sandbox.refund-delay}
 * with a {@link GatewayNotice}, or is made while its answer is lost (a time-out: the caller learns
 * of it only by asking {@link #findRefund}). The same idempotency key always gets the same answer.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

  @Inject SandboxBooks books;

  @Inject CurrentTenant currentTenant;

  @Inject
  @ConfigProperty(name = "returnport.sandbox.refund-delay", defaultValue = "PT10S")
  String refundDelay;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String code() {
    return SandboxBooks.GATEWAY;
  }

  @Override
  public GatewayRefund refund(RefundOrder order) throws GatewayException {
    if (SandboxWords.unreachable(order.paymentReference())) {
      throw new GatewayException(Kind.NOT_SENT, "the sandbox gateway cannot be reached");
    }
    SandboxBooks.Booked booked;
    try {
      booked = books.refund(order, clock.instant(), Duration.parse(refundDelay));
    } catch (EJBException | PersistenceException e) {
      // Two requests with the same key at once: the books keep one refund, and the one that lost
      // the race answers with it, as a gateway answers a concurrent retry.
      Optional<GatewayRefund> made = books.findRefund(order.idempotencyKey());
      if (made.isEmpty()) {
        throw new GatewayException(Kind.NOT_SENT, "the sandbox gateway failed: " + e, e);
      }
      return made.get();
    }
    if (booked.made() && SandboxWords.timesOut(order.paymentReference())) {
      throw new GatewayException(
          Kind.OUTCOME_UNKNOWN, "the sandbox gateway did not answer in time");
    }
    return booked.refund();
  }

  @Override
  public Optional<GatewayRefund> findRefund(RefundOrder order) throws GatewayException {
    if (SandboxWords.unreachable(order.paymentReference())) {
      throw new GatewayException(Kind.NOT_SENT, "the sandbox gateway cannot be reached");
    }
    return books.findRefund(order.idempotencyKey());
  }

  @Override
  public PaymentLink paymentLink(ChargeOrder order) throws GatewayException {
    SandboxEntry link = books.link(order, clock.instant());
    return new PaymentLink(
        link.getObjectId(),
        URI.create(
            publicUrl
                + "/s/"
                + currentTenant.get().orElseThrow().slug()
                + "/pay?link="
                + link.getObjectId()));
  }

  @Override
  public GatewayHold authorize(ChargeOrder order) throws GatewayException {
    return books.authorize(order, clock.instant());
  }

  @Override
  public void capture(GatewayHold hold, String idempotencyKey) throws GatewayException {
    books.capture(hold.id());
  }

  @Override
  public void release(GatewayHold hold, String idempotencyKey) throws GatewayException {
    books.release(hold.id());
  }
}
