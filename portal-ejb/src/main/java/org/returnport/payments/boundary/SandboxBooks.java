package org.returnport.payments.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.GatewayException.Kind;
import org.returnport.payments.control.GatewayNotice;
import org.returnport.payments.control.PaymentGateway.ChargeOrder;
import org.returnport.payments.control.PaymentGateway.GatewayHold;
import org.returnport.payments.control.PaymentGateway.GatewayRefund;
import org.returnport.payments.control.PaymentGateway.RefundOrder;
import org.returnport.payments.control.PaymentGateway.RefundState;
import org.returnport.payments.control.RefundLimits;
import org.returnport.payments.control.SandboxWords;
import org.returnport.payments.entity.SandboxEntry;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * The sandbox gateway's side of the books, in transactions of its own as a gateway's are: the
 * payment a refund is made on is the store's order whose payment reference (or, without one, whose
 * number) it names, and the gateway never refunds more of it than was paid (items and duties), nor
 * in another currency. Called by the sandbox gateway for the store it acts for; the payment link
 * page pays links through it.
 */
@Stateless
@TenantScoped
@AnyCaller
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxBooks {

  public static final String GATEWAY = "sandbox";

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @Inject Event<GatewayNotice> notices;

  /**
   * Makes the refund, or answers the one made before with the same key. Declined refunds are kept
   * too, so that the same key always gets the same answer.
   */
  public Booked refund(RefundOrder order, Instant now, Duration confirmAfter)
      throws GatewayException {
    // The payment is locked before anything is read, so that what this transaction then reads
    // includes every refund of the payment committed before it got the lock.
    String reference = order.paymentReference();
    OrderData payment = payment(reference, true);
    Optional<SandboxEntry> known = find(SandboxEntry.Kind.REFUND, order.idempotencyKey());
    if (known.isPresent()) {
      return new Booked(refundOf(known.get()), false);
    }
    if (!payment.currency().equals(order.amount().currency())) {
      throw new GatewayException(
          Kind.REJECTED,
          "payment "
              + reference
              + " was made in "
              + payment.currency()
              + ", not in "
              + order.amount().currency());
    }
    if (order.amount().isNegative() || order.amount().isZero()) {
      throw new GatewayException(Kind.REJECTED, "a refund must be of a positive amount");
    }
    String state = RefundState.SUCCEEDED.name();
    String failure = SandboxWords.declines(reference).orElse(null);
    Instant settles = null;
    if (failure == null
        && order
            .amount()
            .isAbove(RefundLimits.paid(payment).minus(refunded(reference, payment.currency())))) {
      failure = SandboxWords.AMOUNT_TOO_LARGE;
    }
    if (failure != null) {
      state = RefundState.FAILED.name();
    } else if (SandboxWords.pending(reference)) {
      state = RefundState.PENDING.name();
      settles = now.plus(confirmAfter);
    }
    SandboxEntry entry =
        new SandboxEntry(
            currentTenant.get().orElseThrow().slug(),
            SandboxEntry.Kind.REFUND,
            order.idempotencyKey(),
            "re_sbx_" + UUID.randomUUID().toString().replace("-", ""),
            reference,
            order.amount(),
            state,
            failure,
            now,
            settles);
    em.persist(entry);
    em.flush();
    return new Booked(refundOf(entry), true);
  }

  /** The refund made with this key, if one was. */
  public Optional<GatewayRefund> findRefund(String idempotencyKey) {
    return find(SandboxEntry.Kind.REFUND, idempotencyKey).map(SandboxBooks::refundOf);
  }

  /** Every refund the sandbox made on a payment, declined ones included, oldest first. */
  public List<SandboxEntry> refundsOf(String paymentReference) {
    return em.createQuery(
            "SELECT e FROM SandboxEntry e WHERE e.kind = :kind"
                + " AND e.paymentReference = :reference ORDER BY e.id",
            SandboxEntry.class)
        .setParameter("kind", SandboxEntry.Kind.REFUND)
        .setParameter("reference", paymentReference)
        .getResultList();
  }

  /**
   * A pending refund is confirmed: it succeeds and the gateway's notice is fired in this
   * transaction, once.
   */
  public void confirmPending(long entryId) {
    SandboxEntry entry = em.find(SandboxEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null || !RefundState.PENDING.name().equals(entry.getState())) {
      return;
    }
    entry.moveTo(RefundState.SUCCEEDED.name());
    em.flush();
    notices.fire(
        new GatewayNotice(
            GATEWAY,
            "evt_sbx_" + entry.getObjectId(),
            GatewayNotice.Subject.REFUND,
            entry.getObjectId(),
            entry.getIdempotencyKey(),
            "succeeded",
            entry.getAmount()));
  }

  /** A payment link for the amount, the same one for the same key. */
  public SandboxEntry link(ChargeOrder order, Instant now) throws GatewayException {
    return charge(SandboxEntry.Kind.LINK, "plink_sbx_", "OPEN", order, now);
  }

  /** What the link's page shows: the amount to pay, and whether it was paid. */
  public Optional<LinkToPay> linkToPay(String linkId) {
    return findLink(linkId).map(e -> new LinkToPay(e.getAmount(), "PAID".equals(e.getState())));
  }

  private Optional<SandboxEntry> findLink(String linkId) {
    return em.createNamedQuery(SandboxEntry.FIND_BY_OBJECT, SandboxEntry.class)
        .setParameter("objectId", linkId)
        .getResultStream()
        .filter(e -> e.getKind() == SandboxEntry.Kind.LINK)
        .findFirst();
  }

  /**
   * The shopper paid on the link's page: the gateway's notice is fired once, however often the page
   * is sent. Answers false for an unknown link.
   */
  public boolean payLink(String linkId) {
    Optional<SandboxEntry> link = findLink(linkId);
    if (link.isEmpty()) {
      return false;
    }
    SandboxEntry entry =
        em.find(SandboxEntry.class, link.get().getId(), LockModeType.PESSIMISTIC_WRITE);
    if ("OPEN".equals(entry.getState())) {
      entry.moveTo("PAID");
      em.flush();
      notices.fire(
          new GatewayNotice(
              GATEWAY,
              "evt_sbx_" + entry.getObjectId(),
              GatewayNotice.Subject.PAYMENT,
              entry.getObjectId(),
              entry.getIdempotencyKey(),
              "succeeded",
              entry.getAmount()));
    }
    return true;
  }

  /** Reserves the amount on the payment, the same hold for the same key. */
  public GatewayHold authorize(ChargeOrder order, Instant now) throws GatewayException {
    SandboxEntry hold = charge(SandboxEntry.Kind.HOLD, "hold_sbx_", "AUTHORIZED", order, now);
    return new GatewayHold(hold.getObjectId(), hold.getAmount());
  }

  /** Takes a held amount; taking it twice is no error, taking a released one is refused. */
  public void capture(String holdId) throws GatewayException {
    moveHold(holdId, "CAPTURED", "RELEASED");
  }

  /** Lets a hold go; releasing twice is no error, releasing a captured one is refused. */
  public void release(String holdId) throws GatewayException {
    moveHold(holdId, "RELEASED", "CAPTURED");
  }

  /** The state of a hold in the books. */
  public Optional<String> holdState(String holdId) {
    return em.createNamedQuery(SandboxEntry.FIND_BY_OBJECT, SandboxEntry.class)
        .setParameter("objectId", holdId)
        .getResultStream()
        .map(SandboxEntry::getState)
        .findFirst();
  }

  private void moveHold(String holdId, String next, String refusedFrom) throws GatewayException {
    SandboxEntry hold =
        em.createNamedQuery(SandboxEntry.FIND_BY_OBJECT, SandboxEntry.class)
            .setParameter("objectId", holdId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .filter(e -> e.getKind() == SandboxEntry.Kind.HOLD)
            .findFirst()
            .orElseThrow(() -> new GatewayException(Kind.REJECTED, "no hold " + holdId));
    if (refusedFrom.equals(hold.getState())) {
      throw new GatewayException(Kind.REJECTED, "hold " + holdId + " is " + hold.getState());
    }
    hold.moveTo(next);
  }

  private SandboxEntry charge(
      SandboxEntry.Kind kind, String prefix, String state, ChargeOrder order, Instant now)
      throws GatewayException {
    // Not locked: a charge is not weighed against earlier ones, and it is asked for while the
    // caller's transaction (an approval, say) may hold the order.
    OrderData payment = payment(order.paymentReference(), false);
    Optional<SandboxEntry> known = find(kind, order.idempotencyKey());
    if (known.isPresent()) {
      return known.get();
    }
    if (!payment.currency().equals(order.amount().currency())
        || order.amount().isNegative()
        || order.amount().isZero()) {
      throw new GatewayException(
          Kind.REJECTED, "not a positive amount in " + payment.currency() + ": " + order.amount());
    }
    SandboxEntry entry =
        new SandboxEntry(
            currentTenant.get().orElseThrow().slug(),
            kind,
            order.idempotencyKey(),
            prefix + UUID.randomUUID().toString().replace("-", ""),
            order.paymentReference(),
            order.amount(),
            state,
            null,
            now,
            null);
    em.persist(entry);
    em.flush();
    return entry;
  }

  private Optional<SandboxEntry> find(SandboxEntry.Kind kind, String key) {
    return em.createNamedQuery(SandboxEntry.FIND_BY_KEY, SandboxEntry.class)
        .setParameter("kind", kind)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * The order paid with this reference, locked for refunds: refunds of one payment are weighed
   * against what is left of it one after the other.
   */
  private OrderData payment(String reference, boolean locked) throws GatewayException {
    if (reference == null || SandboxWords.rejects(reference)) {
      throw new GatewayException(Kind.REJECTED, "no such payment: " + reference);
    }
    List<CustomerOrder> orders =
        em.createQuery(
                "SELECT o FROM CustomerOrder o WHERE o.paymentReference = :reference"
                    + " OR (o.paymentReference IS NULL AND o.number = :reference) ORDER BY o.id",
                CustomerOrder.class)
            .setParameter("reference", reference)
            .setLockMode(locked ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
            .setMaxResults(1)
            .getResultList();
    if (orders.isEmpty()) {
      throw new GatewayException(Kind.REJECTED, "no such payment: " + reference);
    }
    return orders.get(0).data();
  }

  private Money refunded(String reference, String currency) {
    Money total = Money.zero(currency);
    for (SandboxEntry entry :
        em.createNamedQuery(SandboxEntry.REFUNDED, SandboxEntry.class)
            .setParameter("reference", reference)
            .getResultList()) {
      total = total.plus(entry.getAmount());
    }
    return total;
  }

  private static GatewayRefund refundOf(SandboxEntry entry) {
    return new GatewayRefund(
        entry.getObjectId(),
        RefundState.valueOf(entry.getState()),
        entry.getAmount(),
        entry.getFailureCode());
  }

  /** A payment link as its page shows it. */
  public record LinkToPay(Money amount, boolean paid) {}

  /** A refund in the books, and whether this call made it. */
  public record Booked(GatewayRefund refund, boolean made) {}
}
