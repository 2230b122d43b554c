package org.returnport.payments.boundary;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.PaymentGateway;
import org.returnport.payments.control.PaymentGateway.GatewayRefund;
import org.returnport.payments.control.PaymentGateways;
import org.returnport.payments.control.RefundTasks.Claim;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Sends one claimed refund through the store's gateway, with its payout key as the idempotency key:
 * a refund sent before (its answer lost, or its server killed mid-call) is first looked up at the
 * gateway, and sent again only when the gateway does not know it. No transaction is open while the
 * gateway is talked to. Runs on the EJB container's asynchronous threads, so that a worker sends a
 * batch of refunds side by side.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundSender {

  private static final Logger LOG = Logger.getLogger(RefundSender.class.getName());

  /** After this many sends the gateway never received, a refund is given up (nothing was paid). */
  public static final int MAX_ATTEMPTS = 12;

  /** The failure code of a refund given up because the gateway could not be reached. */
  public static final String UNREACHABLE = "gateway_unreachable";

  /** The failure code of a refund the gateway refused to consider. */
  public static final String REJECTED = "gateway_rejected";

  @Inject RefundDesk desk;

  @Inject Instance<PaymentGateways> gateways;

  @Inject TenantJobs tenantJobs;

  @Inject Tenants tenants;

  @Asynchronous
  public Future<Void> sendLater(Claim claim, Pace pace) {
    send(claim, pace);
    return new AsyncResult<>(null);
  }

  /** Sends the refund for its store; a failure is logged, and the lease's end brings it back. */
  public void send(Claim claim, Pace pace) {
    Optional<Tenant> store = tenants.findBySlug(claim.store());
    if (store.isEmpty()) {
      return;
    }
    try {
      tenantJobs.actFor(
          store.get(),
          () -> {
            step(claim, pace);
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Refund " + claim.refundId() + " of " + claim.store() + " failed; it is tried again",
          e);
    }
  }

  private void step(Claim claim, Pace pace) {
    Optional<RefundDesk.ToSend> toSend = desk.toSend(claim.refundId(), claim.until());
    if (toSend.isEmpty()) {
      return;
    }
    RefundDesk.ToSend refund = toSend.get();
    PaymentGateway gateway =
        refund.gateway() == null
            ? gateways.get().forPaymentMethod(refund.paymentMethod())
            : gateways.get().byCode(refund.gateway());
    Optional<Boolean> askFirst =
        desk.sending(claim.refundId(), claim.until(), gateway.code(), Instant.now());
    if (askFirst.isEmpty()) {
      return;
    }
    boolean asking = askFirst.get();
    GatewayRefund answer;
    try {
      Optional<GatewayRefund> known = Optional.empty();
      if (asking) {
        known = gateway.findRefund(refund.order());
        asking = false;
      }
      answer = known.isPresent() ? known.get() : gateway.refund(refund.order());
    } catch (GatewayException e) {
      failed(claim, refund, e, asking, pace);
      return;
    }
    Instant now = Instant.now();
    desk.answered(claim.refundId(), claim.until(), answer, now.plus(pace.recheck()), now);
  }

  /**
   * No answer to act on. {@code whileAsking}: the gateway could not even be asked about a refund
   * sent before, so it stays sent.
   */
  private void failed(
      Claim claim, RefundDesk.ToSend refund, GatewayException e, boolean whileAsking, Pace pace) {
    Instant now = Instant.now();
    Instant later = now.plus(pace.backOff(refund.attempts() + 1));
    LOG.info(
        () ->
            "Refund "
                + refund.order().idempotencyKey()
                + ": "
                + e.kind()
                + (whileAsking ? " while asking the gateway: " : ": ")
                + e.getMessage());
    switch (e.kind()) {
      case OUTCOME_UNKNOWN ->
          desk.outcomeUnknown(claim.refundId(), claim.until(), e.getMessage(), later);
      case NOT_SENT -> {
        if (whileAsking) {
          desk.outcomeUnknown(claim.refundId(), claim.until(), e.getMessage(), later);
        } else if (refund.attempts() + 1 >= MAX_ATTEMPTS) {
          desk.givenUp(claim.refundId(), claim.until(), UNREACHABLE, now);
        } else {
          desk.notSent(claim.refundId(), claim.until(), e.getMessage(), later);
        }
      }
      case REJECTED -> desk.givenUp(claim.refundId(), claim.until(), REJECTED, now);
    }
  }

  /**
   * How soon a refund is tried again after a failure ({@code retryAfter}, doubling each time, at
   * most an hour) and how often a pending refund is asked about while no notice came.
   */
  public record Pace(Duration retryAfter, Duration recheck) implements java.io.Serializable {

    public Duration backOff(int attempts) {
      long factor = 1L << Math.min(Math.max(attempts, 1) - 1, 10);
      Duration wait = retryAfter.multipliedBy(factor);
      return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }
  }
}
