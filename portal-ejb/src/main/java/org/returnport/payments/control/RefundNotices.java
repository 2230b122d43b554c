package org.returnport.payments.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.returnport.payments.entity.Refund;
import org.returnport.payments.entity.RefundState;

/**
 * A gateway's own word on a refund (its webhook, or the sandbox's confirmation): a pending refund
 * is confirmed or failed at once, in the transaction that recorded the notice, instead of waiting
 * for the worker to ask. The refund is locked, so a notice and the worker's answer about the same
 * refund are applied one after the other and the payout is announced once. Notices of another
 * gateway than the refund's, or of refunds we do not know, change nothing.
 */
@Dependent
public class RefundNotices {

  private static final Logger LOG = Logger.getLogger(RefundNotices.class.getName());

  @PersistenceContext EntityManager em;

  @Inject RefundOutcomes outcomes;

  void noticed(@Observes GatewayNotice notice) {
    if (notice.subject() != GatewayNotice.Subject.REFUND || notice.idempotencyKey() == null) {
      return;
    }
    Optional<Refund> found =
        em.createNamedQuery(Refund.FIND_BY_KEY, Refund.class)
            .setParameter("payoutKey", notice.idempotencyKey())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || !notice.gateway().equals(found.get().getGateway())) {
      LOG.info(() -> "A notice of " + notice.gateway() + " about an unknown refund: " + notice);
      return;
    }
    Refund refund = found.get();
    if (refund.getState() != RefundState.SENT) {
      return;
    }
    Instant now = Instant.now();
    switch (notice.state().toLowerCase(Locale.ROOT)) {
      case "succeeded" -> {
        if (refund.confirmed(notice.objectId(), now)) {
          outcomes.confirmed(refund, now);
        }
      }
      case "failed", "canceled" -> {
        if (refund.failed(notice.objectId(), "declined", now)) {
          outcomes.failed(refund, now);
        }
      }
      default -> {
        // pending, requires_action: the refund goes on waiting
      }
    }
  }
}
