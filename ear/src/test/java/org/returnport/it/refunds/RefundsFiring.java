package org.returnport.it.refunds;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.events.DomainEvent;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.payments.boundary.SandboxBooks;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.PaymentGateway.ChargeOrder;
import org.returnport.payments.control.PaymentGateway.GatewayHold;
import org.returnport.payments.control.PaymentGateway.GatewayRefund;
import org.returnport.payments.control.PaymentGateway.PaymentLink;
import org.returnport.payments.control.PaymentGateway.RefundOrder;
import org.returnport.payments.control.SandboxGateway;
import org.returnport.payments.entity.Refund;
import org.returnport.payments.entity.SandboxEntry;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Does for the refund tests what settlement and a dying server do: fires {@link PayoutDue} for a
 * store's return (in a transaction of the store, as settlement does), leaves a refund behind as a
 * server killed in the middle of sending it would, and reads the refund rows, the timeline and the
 * sandbox gateway's books. Deployed into the EJB module, where the payments feature observes the
 * events.
 */
@Stateless
@TenantScoped
@AnyCaller
public class RefundsFiring {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  @Inject SandboxGateway sandbox;

  @Inject SandboxBooks books;

  /** Fires the payouts (one per key) in one transaction, as settlement fires its parts. */
  public void payoutDue(String rma, Money amount, String... payoutKeys) {
    ReturnCase returnCase = find(rma);
    for (String key : payoutKeys) {
      events.fire(
          new PayoutDue(
              currentTenant.get().orElseThrow(),
              UUID.randomUUID(),
              Instant.now(),
              returnCase.getId(),
              returnCase.getRma(),
              key,
              PayoutMethod.REFUND,
              amount,
              Money.zero(amount.currency())));
    }
  }

  /**
   * What a server killed mid-refund leaves: the gateway made the refund, but the server died before
   * it heard so; its row is still sent and claimed, with a lease that ran out a while ago.
   */
  public void killedMidRefund(String rma, String payoutKey, Money amount, String paymentReference)
      throws GatewayException {
    ReturnCase returnCase = find(rma);
    Instant expired = Instant.now().minus(Duration.ofMinutes(3));
    sandbox.refund(new RefundOrder(payoutKey, paymentReference, amount, "return " + rma));
    Refund refund =
        new Refund(
            currentTenant.get().orElseThrow().slug(),
            payoutKey,
            returnCase.getId(),
            rma,
            returnCase.getOrderNumber(),
            amount,
            "card",
            paymentReference,
            expired);
    refund.sending(sandbox.code(), expired);
    em.persist(refund);
  }

  /** Asks the sandbox gateway for a refund directly, as any caller of the gateway would. */
  public JsonObject sandboxRefund(String key, String paymentReference, Money amount) {
    try {
      GatewayRefund refund = sandbox.refund(new RefundOrder(key, paymentReference, amount, "test"));
      return Json.createObjectBuilder()
          .add("id", refund.id())
          .add("state", refund.state().name())
          .add("amount", refund.amount().decimalString())
          .add("failureCode", String.valueOf(refund.failureCode()))
          .build();
    } catch (GatewayException e) {
      return Json.createObjectBuilder().add("error", e.kind().name()).build();
    }
  }

  /**
   * A payment link and two holds on the payment, as exchanges ask for them: the link's address, and
   * what the sandbox answered to capturing one hold, releasing the other twice, and then capturing
   * the released one and releasing the captured one (both refused).
   */
  public JsonObject linkAndHolds(String key, String paymentReference, Money amount)
      throws GatewayException {
    PaymentLink link =
        sandbox.paymentLink(new ChargeOrder(key + "-L", paymentReference, amount, "difference"));
    PaymentLink again =
        sandbox.paymentLink(new ChargeOrder(key + "-L", paymentReference, amount, "difference"));
    GatewayHold kept =
        sandbox.authorize(new ChargeOrder(key + "-H1", paymentReference, amount, "hold"));
    GatewayHold freed =
        sandbox.authorize(new ChargeOrder(key + "-H2", paymentReference, amount, "hold"));
    sandbox.capture(kept, key + "-C1");
    sandbox.release(freed, key + "-R1");
    sandbox.release(freed, key + "-R2");
    String captureReleased = "done";
    try {
      sandbox.capture(freed, key + "-C2");
    } catch (GatewayException e) {
      captureReleased = e.kind().name();
    }
    String releaseCaptured = "done";
    try {
      sandbox.release(kept, key + "-R3");
    } catch (GatewayException e) {
      releaseCaptured = e.kind().name();
    }
    return Json.createObjectBuilder()
        .add("url", link.url().toString())
        .add("sameLink", link.id().equals(again.id()))
        .add("kept", books.holdState(kept.id()).orElse("none"))
        .add("freed", books.holdState(freed.id()).orElse("none"))
        .add("captureReleased", captureReleased)
        .add("releaseCaptured", releaseCaptured)
        .build();
  }

  /**
   * The rows of the return's refunds, its refund timeline and the sandbox's books of the payment.
   */
  public JsonObject state(String rma, String paymentReference) {
    ReturnCase returnCase = find(rma);
    JsonArrayBuilder refunds = Json.createArrayBuilder();
    for (Refund refund :
        em.createNamedQuery(Refund.FIND_BY_RETURN, Refund.class)
            .setParameter("returnId", returnCase.getId())
            .getResultList()) {
      refunds.add(
          Json.createObjectBuilder()
              .add("payoutKey", refund.getPayoutKey())
              .add("state", refund.getState().name())
              .add("amount", refund.getAmount().decimalString())
              .add("gatewayRefundId", String.valueOf(refund.getGatewayRefundId()))
              .add("failureCode", String.valueOf(refund.getFailureCode()))
              .add("attempts", refund.getAttempts()));
    }
    JsonArrayBuilder timeline = Json.createArrayBuilder();
    for (ReturnEvent event : returnCase.getEvents()) {
      if (event.getKind().name().startsWith("REFUND_")) {
        timeline.add(
            Json.createObjectBuilder()
                .add("kind", event.getKind().name())
                .add("text", String.valueOf(event.getText())));
      }
    }
    JsonArrayBuilder booked = Json.createArrayBuilder();
    for (SandboxEntry entry : books.refundsOf(paymentReference)) {
      booked.add(
          Json.createObjectBuilder()
              .add("key", entry.getIdempotencyKey())
              .add("state", entry.getState())
              .add("amount", entry.getAmount().decimalString()));
    }
    return Json.createObjectBuilder()
        .add("refunds", refunds)
        .add("timeline", timeline)
        .add("books", booked)
        .build();
  }

  private ReturnCase find(String rma) {
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma)
        .getSingleResult();
  }
}
