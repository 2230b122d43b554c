package org.returnport.payments.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.money.Money;
import org.returnport.payments.control.PaymentGateway.GatewayRefund;
import org.returnport.payments.control.PaymentGateway.RefundOrder;
import org.returnport.payments.control.RefundOutcomes;
import org.returnport.payments.entity.Refund;
import org.returnport.tenancy.TenantScoped;

/**
 * The steps of sending one refund, each a short transaction around the gateway call the worker
 * makes in between ({@link RefundWorker} acts for the store as the server). Every step is taken
 * only by the worker whose claim still holds the refund, with the refund locked, so that a notice
 * of the gateway arriving at the same moment is applied before or after it, never twice.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class RefundDesk {

  @PersistenceContext EntityManager em;

  @Inject RefundOutcomes outcomes;

  /** The refund to send, while the claim holds it. */
  public Optional<ToSend> toSend(long refundId, Instant until) {
    Refund refund = em.find(Refund.class, refundId);
    if (refund == null || !refund.heldUntil(until)) {
      return Optional.empty();
    }
    return Optional.of(
        new ToSend(
            refund.getGateway(),
            refund.getPaymentMethod(),
            refund.getAttempts(),
            new RefundOrder(
                refund.getPayoutKey(),
                refund.getPaymentReference(),
                refund.getAmount(),
                "return " + refund.getRma())));
  }

  /**
   * The refund is handed to the gateway now: a requested one becomes sent (with its timeline entry
   * the first time), before the call. Answers whether the gateway must first be asked about it (it
   * was sent before), or empty when the claim was lost.
   */
  public Optional<Boolean> sending(long refundId, Instant until, String gateway, Instant now) {
    Refund refund = held(refundId, until);
    if (refund == null) {
      return Optional.empty();
    }
    boolean first = refund.getSentAt() == null;
    boolean askFirst = refund.sending(gateway, now);
    if (first) {
      outcomes.sent(refund, now);
    }
    return Optional.of(askFirst);
  }

  /** What the gateway answered; a pending refund is asked about again at {@code askAt}. */
  public void answered(
      long refundId, Instant until, GatewayRefund answer, Instant askAt, Instant now) {
    Refund refund = held(refundId, until);
    if (refund == null) {
      return;
    }
    switch (answer.state()) {
      case SUCCEEDED -> {
        if (refund.confirmed(answer.id(), now)) {
          outcomes.confirmed(refund, now);
        }
      }
      case FAILED -> {
        if (refund.failed(answer.id(), answer.failureCode(), now)) {
          outcomes.failed(refund, now);
        }
      }
      case PENDING -> refund.pending(answer.id(), askAt);
    }
  }

  /** The gateway never got the refund: requested again at {@code retryAt}. */
  public void notSent(long refundId, Instant until, String error, Instant retryAt) {
    Refund refund = held(refundId, until);
    if (refund != null) {
      refund.notSent(error, retryAt);
    }
  }

  /** No answer: the gateway is asked about the refund at {@code askAt} before anything else. */
  public void outcomeUnknown(long refundId, Instant until, String error, Instant askAt) {
    Refund refund = held(refundId, until);
    if (refund != null) {
      refund.outcomeUnknown(error, askAt);
    }
  }

  /**
   * The refund is given up without anything paid: the gateway refused it, or could not be reached
   * for too long (then it was never received, so nothing can follow).
   */
  public void givenUp(long refundId, Instant until, String failureCode, Instant now) {
    Refund refund = held(refundId, until);
    if (refund != null && refund.failed(null, failureCode, now)) {
      outcomes.failed(refund, now);
    }
  }

  /** The refunds of a return, oldest first, for the agent and the tests. */
  public List<Refund> ofReturn(long returnId) {
    return em.createNamedQuery(Refund.FIND_BY_RETURN, Refund.class)
        .setParameter("returnId", returnId)
        .getResultList();
  }

  /** The refund of a payout key. */
  public Optional<Refund> byKey(String payoutKey) {
    return em.createNamedQuery(Refund.FIND_BY_KEY, Refund.class)
        .setParameter("payoutKey", payoutKey)
        .getResultStream()
        .findFirst();
  }

  /** What all refunds of an order paid or still may pay (every one not declined). */
  public Optional<Money> refundedOf(String orderNumber) {
    return em.createNamedQuery(Refund.FIND_BY_ORDER, Refund.class)
        .setParameter("orderNumber", orderNumber)
        .getResultStream()
        .filter(Refund::counts)
        .map(Refund::getAmount)
        .reduce(Money::plus);
  }

  private Refund held(long refundId, Instant until) {
    Refund refund = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
    return refund != null && refund.heldUntil(until) ? refund : null;
  }

  /** A refund as the worker sends it. */
  public record ToSend(String gateway, String paymentMethod, int attempts, RefundOrder order) {}
}
