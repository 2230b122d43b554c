package org.returnport.exchanges.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.catalog.control.StockKeeper;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.Product;
import org.returnport.events.DomainEvent;
import org.returnport.events.PayoutDone;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.events.ReturnCancelled;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnExpired;
import org.returnport.events.ReturnInspected;
import org.returnport.exchanges.control.PriceDifferenceRule.Swap;
import org.returnport.exchanges.entity.ExchangeHold;
import org.returnport.exchanges.entity.PriceDifference;
import org.returnport.exchanges.entity.ReplacementShipment;
import org.returnport.exchanges.entity.StockReservation;
import org.returnport.money.Money;
import org.returnport.payments.control.GatewayException;
import org.returnport.payments.control.GatewayNotice;
import org.returnport.payments.control.PaymentGateway;
import org.returnport.payments.control.PaymentGateway.ChargeOrder;
import org.returnport.payments.control.PaymentGateway.PaymentLink;
import org.returnport.payments.control.PaymentGateways;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.tenancy.CurrentTenant;

/**
 * The life of an exchange's replacement, driven by the return's events in their own transactions
 * (observed synchronously, so a reservation, a shipment or a hold is written or lost together with
 * the change that caused it): approval reserves the replacements and works out the price
 * difference; cancelling or expiry gives the stock back; the settlement's {@code
 * PayoutDue(EXCHANGE)} ships them once per payout key; an instant exchange ships at approval
 * against a hold released at inspection.
 */
@Dependent
public class Replacements {

  private static final Logger LOG = Logger.getLogger(Replacements.class.getName());

  /** What gateways call a payment that went through; the sandbox and Stripe differ in wording. */
  private static final Set<String> PAID_STATES = Set.of("succeeded", "paid", "completed");

  @PersistenceContext EntityManager em;

  @Inject StockKeeper stock;

  @Inject Event<DomainEvent> events;

  @Inject CurrentTenant currentTenant;

  @Inject ExchangeMails mails;

  /*
   * Looked up when money moves rather than at deployment: stock and reservations keep working on
   * a server where no gateway is installed, and a missing gateway is a payment not sent yet.
   */
  @Inject Instance<PaymentGateways> gateways;

  private final Clock clock = Clock.systemUTC();

  void approved(@Observes ReturnDecided decided) {
    if (decided.outcome() != ReturnDecided.Outcome.APPROVED) {
      return;
    }
    ReturnCase r = em.find(ReturnCase.class, decided.returnId());
    if (r == null || r.getResolution() != Resolution.EXCHANGE || !reservationsOf(r).isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<Swap> swaps = swaps(r);
    if (!reserve(r, swaps, now)) {
      return;
    }
    Optional<PriceDifference> difference = priceDifference(r, swaps, now);
    if (instantExchange(r)) {
      placeHold(r, swaps, now);
      if (difference.map(PriceDifference::awaitsPayment).orElse(false)) {
        return;
      }
      if (holdOf(r).isPresent()) {
        ship(r, instantKey(r), swaps, now);
      }
    }
  }

  /**
   * Reserves the replacements of an approved exchange whose shopper picked another variant after
   * the first ran out, and works out its price difference; answers false when they are not in stock
   * either.
   */
  public boolean reserveAgain(ReturnCase r) {
    Instant now = clock.instant();
    List<Swap> swaps = swaps(r);
    for (StockReservation old : reservationsOf(r)) {
      if (old.isHeld()) {
        return true;
      }
    }
    if (!reserve(r, swaps, now)) {
      return false;
    }
    if (differenceOf(r).isEmpty()) {
      priceDifference(r, swaps, now);
    }
    return true;
  }

  /** The exchange became store credit or a refund: whatever it set aside is let go. */
  public void letGo(ReturnCase r, Instant now) {
    release(r, now);
  }

  void cancelled(@Observes ReturnCancelled cancelled) {
    ended(cancelled.returnId());
  }

  void expired(@Observes ReturnExpired expired) {
    ended(expired.returnId());
  }

  void inspected(@Observes ReturnInspected inspected) {
    ReturnCase r = em.find(ReturnCase.class, inspected.returnId());
    if (r != null) {
      endHoldIfDue(r, clock.instant());
    }
  }

  /**
   * Ends the return's hold when where the return stands says so (see {@link HoldLife#due}); also
   * called by the sweep that retries holds a gateway could not end at the time.
   */
  public void endHoldIfDue(ReturnCase r, Instant now) {
    Optional<ExchangeHold> hold = holdOf(r);
    if (hold.isEmpty()) {
      return;
    }
    Optional<ExchangeHold.State> due = HoldLife.due(r.getStatus(), !shipmentsOf(r).isEmpty());
    if (due.isPresent()) {
      endHold(r, hold.get(), due.get(), now);
    }
  }

  /** Settles an exchange part: ships the replacement once per payout key, then reports it paid. */
  void payoutDue(@Observes PayoutDue due) {
    if (due.method() != PayoutMethod.EXCHANGE || !shipments(due.payoutKey()).isEmpty()) {
      return;
    }
    ReturnCase r = em.find(ReturnCase.class, due.returnId());
    Instant now = clock.instant();
    List<ReplacementShipment> shippedEarlier = shipmentsOf(r);
    if (!shippedEarlier.isEmpty()) {
      // An instant exchange shipped at approval: this payout only records that it is done.
      done(r, due.payoutKey(), shippedEarlier, now);
      return;
    }
    Optional<PriceDifference> difference = differenceOf(r);
    if (difference.isPresent() && difference.get().awaitsPayment()) {
      difference.get().holdBack(due.payoutKey());
      return;
    }
    List<ReplacementShipment> shipped = ship(r, due.payoutKey(), swaps(r), now);
    if (!shipped.isEmpty()) {
      done(r, due.payoutKey(), shipped, now);
    }
  }

  /** The shopper paid a price difference: the replacement that waited for it ships now. */
  void gatewayNotice(@Observes GatewayNotice notice) {
    if (notice.subject() != GatewayNotice.Subject.PAYMENT
        || notice.idempotencyKey() == null
        || notice.state() == null
        || !PAID_STATES.contains(notice.state().toLowerCase(Locale.ROOT))) {
      return;
    }
    Optional<PriceDifference> found =
        em.createNamedQuery(PriceDifference.FIND_BY_KEY, PriceDifference.class)
            .setParameter("key", notice.idempotencyKey())
            .getResultStream()
            .findFirst();
    Instant now = clock.instant();
    if (found.isEmpty() || !found.get().settle(now)) {
      return;
    }
    PriceDifference paid = found.get();
    ReturnCase r = em.find(ReturnCase.class, paid.getReturnId());
    r.note(EventKind.PAYMENT_RECEIVED, null, text(paid.getAmount()), now);
    if (paid.getWaitingPayout() != null) {
      List<ReplacementShipment> shipped = ship(r, paid.getWaitingPayout(), swaps(r), now);
      if (!shipped.isEmpty()) {
        done(r, paid.getWaitingPayout(), shipped, now);
      }
    } else if (holdOf(r).isPresent() && shipmentsOf(r).isEmpty()) {
      ship(r, instantKey(r), swaps(r), now);
    }
  }

  /**
   * Asks the gateway again for the payment link of a difference it could not make at approval; the
   * same idempotency key makes asking twice harmless.
   */
  public Optional<PriceDifference> retryPaymentLink(ReturnCase r) {
    Optional<PriceDifference> difference = differenceOf(r);
    if (difference.isPresent()
        && difference.get().getDirection() == PriceDifference.Direction.PAY
        && difference.get().getState() == PriceDifference.State.OPEN) {
      requestLink(r, difference.get(), clock.instant());
    }
    return difference;
  }

  /**
   * Reserves every replacement or none. The rows are locked in SKU order before anything is looked
   * at, so two approvals racing for the last unit wait for each other (and never deadlock), and the
   * second one sees it gone.
   */
  private boolean reserve(ReturnCase r, List<Swap> swaps, Instant now) {
    List<Swap> bySku = swaps.stream().sorted(Comparator.comparing(Swap::sku)).toList();
    List<String> missing = new ArrayList<>();
    for (Swap swap : bySku) {
      Integer available = stock.lockedAvailable(swap.sku());
      if (available != null && available < swap.quantity()) {
        missing.add(swap.sku());
      }
    }
    if (!missing.isEmpty()) {
      r.note(EventKind.STOCK_RELEASED, null, String.join(", ", missing), now);
      return false;
    }
    List<String> held = new ArrayList<>();
    for (Swap swap : bySku) {
      stock.tryReserve(swap.sku(), swap.quantity());
      em.persist(new StockReservation(r.getId(), r.getRma(), swap.sku(), swap.quantity(), now));
      held.add(swap.sku() + " × " + swap.quantity());
    }
    r.note(EventKind.STOCK_RESERVED, null, String.join(", ", held), now);
    return true;
  }

  private Optional<PriceDifference> priceDifference(ReturnCase r, List<Swap> swaps, Instant now) {
    Money diff = PriceDifferenceRule.difference(r.getItemsValue().currency(), swaps);
    if (diff.isZero()) {
      return Optional.empty();
    }
    PriceDifference d;
    if (diff.isNegative()) {
      d =
          new PriceDifference(
              r.getId(),
              r.getRma(),
              refundKey(r),
              PriceDifference.Direction.REFUND,
              Money.zero(diff.currency()).minus(diff),
              now);
      em.persist(d);
    } else {
      d =
          new PriceDifference(
              r.getId(), r.getRma(), payKey(r), PriceDifference.Direction.PAY, diff, now);
      em.persist(d);
      requestLink(r, d, now);
    }
    return Optional.of(d);
  }

  private void requestLink(ReturnCase r, PriceDifference d, Instant now) {
    try {
      OrderData order = order(r);
      PaymentGateway gateway = gateway(order);
      PaymentLink link =
          gateway.paymentLink(
              new ChargeOrder(
                  d.getIdempotencyKey(), paymentReference(order), d.getAmount(), r.getRma()));
      d.linked(gateway.code(), link.id(), link.url().toString());
      r.note(EventKind.PAYMENT_REQUESTED, null, text(d.getAmount()) + " " + link.url(), now);
      mails.paymentRequested(r, d, UUID.nameUUIDFromBytes(d.getIdempotencyKey().getBytes()));
    } catch (GatewayException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "No payment link for the price difference of "
              + r.getRma()
              + " yet; it can be asked again",
          e);
    }
  }

  private void placeHold(ReturnCase r, List<Swap> swaps, Instant now) {
    Money value = PriceDifferenceRule.replacementValue(r.getItemsValue().currency(), swaps);
    try {
      OrderData order = order(r);
      ExchangeHold hold =
          HoldLife.place(
              r.getId(), r.getRma(), paymentReference(order), value, gateway(order), now);
      em.persist(hold);
      r.note(EventKind.HOLD_PLACED, null, text(hold.getAmount()), now);
    } catch (GatewayException | RuntimeException e) {
      // Without a hold the exchange is an ordinary one: the replacement ships at settlement.
      LOG.log(Level.WARNING, "No hold for the instant exchange " + r.getRma(), e);
    }
  }

  private void ended(long returnId) {
    ReturnCase r = em.find(ReturnCase.class, returnId);
    if (r != null) {
      release(r, clock.instant());
    }
  }

  private void release(ReturnCase r, Instant now) {
    List<String> released = new ArrayList<>();
    for (StockReservation reservation : reservationsOf(r)) {
      if (reservation.end(StockReservation.State.RELEASED, now)) {
        stock.release(reservation.getSku(), reservation.getQuantity());
        released.add(reservation.getSku() + " × " + reservation.getQuantity());
      }
    }
    if (!released.isEmpty()) {
      r.note(EventKind.STOCK_RELEASED, null, String.join(", ", released), now);
    }
    differenceOf(r).ifPresent(d -> d.cancel(now));
    endHoldIfDue(r, now);
  }

  private void endHold(ReturnCase r, ExchangeHold hold, ExchangeHold.State how, Instant now) {
    boolean ended;
    try {
      ended = HoldLife.end(hold, how, gateways.get().byCode(hold.getGateway()), now);
    } catch (GatewayException | RuntimeException e) {
      // The inspection or expiry stands; the hold stays placed and the sweep ends it later.
      LOG.log(Level.WARNING, "The hold of " + r.getRma() + " could not be ended yet", e);
      return;
    }
    if (ended) {
      r.note(
          EventKind.HOLD_RELEASED,
          null,
          how == ExchangeHold.State.CAPTURED
              ? "captured " + text(hold.getAmount())
              : text(hold.getAmount()),
          now);
    }
  }

  private static String text(Money money) {
    return money.decimalString() + " " + money.currency();
  }

  /**
   * Sends every replacement of the return under one payout key: each reservation becomes a stock
   * decrement. Answers nothing shipped when a replacement is out of stock and was never reserved.
   */
  private List<ReplacementShipment> ship(
      ReturnCase r, String payoutKey, List<Swap> swaps, Instant now) {
    List<StockReservation> reservations = reservationsOf(r);
    for (Swap swap : swaps) {
      boolean held =
          reservations.stream().anyMatch(s -> s.isHeld() && s.getSku().equals(swap.sku()));
      if (!held) {
        if (!stock.tryReserve(swap.sku(), swap.quantity())) {
          r.note(EventKind.STOCK_RELEASED, null, swap.sku(), now);
          return List.of();
        }
        StockReservation late =
            new StockReservation(r.getId(), r.getRma(), swap.sku(), swap.quantity(), now);
        em.persist(late);
        reservations.add(late);
      }
    }
    List<ReplacementShipment> shipped = new ArrayList<>();
    for (Swap swap : swaps) {
      StockReservation reservation =
          reservations.stream()
              .filter(s -> s.isHeld() && s.getSku().equals(swap.sku()))
              .findFirst()
              .orElseThrow();
      reservation.end(StockReservation.State.SHIPPED, now);
      stock.ship(swap.sku(), swap.quantity());
      ReplacementShipment shipment =
          new ReplacementShipment(
              payoutKey,
              r.getId(),
              r.getRma(),
              swap.sku(),
              swap.quantity(),
              swap.replacementValue(),
              now);
      em.persist(shipment);
      shipped.add(shipment);
    }
    em.flush();
    r.note(
        EventKind.REPLACEMENT_SHIPPED,
        null,
        String.join(", ", shipped.stream().map(s -> s.getSku() + " × " + s.getQuantity()).toList()),
        now);
    return shipped;
  }

  private void done(
      ReturnCase r, String payoutKey, List<ReplacementShipment> shipped, Instant now) {
    Money value = Money.zero(r.getItemsValue().currency());
    for (ReplacementShipment s : shipped) {
      value = value.plus(s.getValue());
    }
    events.fire(
        new PayoutDone(
            tenant(),
            UUID.randomUUID(),
            now,
            r.getId(),
            r.getRma(),
            payoutKey,
            PayoutMethod.EXCHANGE,
            PayoutOutcome.PAID,
            value,
            shipped.get(0).getPayoutKey()));
    Optional<PriceDifference> difference = differenceOf(r);
    if (difference.isPresent()
        && difference.get().getDirection() == PriceDifference.Direction.REFUND
        && difference.get().settle(now)) {
      events.fire(
          new PayoutDue(
              tenant(),
              UUID.randomUUID(),
              now,
              r.getId(),
              r.getRma(),
              difference.get().getIdempotencyKey(),
              PayoutMethod.REFUND,
              difference.get().getAmount(),
              Money.zero(r.getItemsValue().currency())));
    }
  }

  private boolean instantExchange(ReturnCase r) {
    return em.createNamedQuery(ReturnPolicy.FIND_BY_VERSION, ReturnPolicy.class)
        .setParameter("versionNo", r.getPolicyVersion())
        .getResultStream()
        .findFirst()
        .map(p -> r.rulesOf(p).payouts().instantExchange())
        .orElse(false);
  }

  /**
   * The exchanged lines of a return, priced at the store's current price of each replacement; lines
   * that ask for the same replacement count as one.
   */
  List<Swap> swaps(ReturnCase r) {
    String currency = r.getItemsValue().currency();
    Map<String, Swap> bySku = new LinkedHashMap<>();
    for (ReturnLine line : r.getLines()) {
      if (line.getExchangeSku() == null) {
        continue;
      }
      Money paid = new Money(line.getValue(), currency);
      bySku.merge(
          line.getExchangeSku(),
          new Swap(
              line.getExchangeSku(), line.getQuantity(), paid, unitPrice(line.getExchangeSku())),
          (a, b) ->
              new Swap(
                  a.sku(),
                  a.quantity() + b.quantity(),
                  a.returnedValue().plus(b.returnedValue()),
                  a.replacementUnitPrice()));
    }
    return new ArrayList<>(bySku.values());
  }

  private Money unitPrice(String sku) {
    return em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst()
        .map(Product::getPrice)
        .orElse(null);
  }

  private OrderData order(ReturnCase r) {
    return em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class)
        .setParameter("number", r.getOrderNumber())
        .getSingleResult()
        .data();
  }

  private PaymentGateway gateway(OrderData order) {
    return gateways.get().forPaymentMethod(order.paymentMethod());
  }

  private static String paymentReference(OrderData order) {
    return order.paymentReference() == null ? order.number() : order.paymentReference();
  }

  public List<StockReservation> reservationsOf(ReturnCase r) {
    return new ArrayList<>(
        em.createNamedQuery(StockReservation.FIND_BY_RETURN, StockReservation.class)
            .setParameter("returnId", r.getId())
            .getResultList());
  }

  public Optional<PriceDifference> differenceOf(ReturnCase r) {
    return em.createNamedQuery(PriceDifference.FIND_BY_RETURN, PriceDifference.class)
        .setParameter("returnId", r.getId())
        .getResultStream()
        .findFirst();
  }

  public Optional<ExchangeHold> holdOf(ReturnCase r) {
    return em.createNamedQuery(ExchangeHold.FIND_BY_RETURN, ExchangeHold.class)
        .setParameter("returnId", r.getId())
        .getResultStream()
        .findFirst();
  }

  public List<ReplacementShipment> shipmentsOf(ReturnCase r) {
    return em.createNamedQuery(ReplacementShipment.FIND_BY_RETURN, ReplacementShipment.class)
        .setParameter("returnId", r.getId())
        .getResultList();
  }

  private List<ReplacementShipment> shipments(String payoutKey) {
    return em.createQuery(
            "SELECT s FROM ReplacementShipment s WHERE s.payoutKey = :key",
            ReplacementShipment.class)
        .setParameter("key", payoutKey)
        .getResultList();
  }

  private CurrentTenant.TenantRef tenant() {
    return currentTenant.get().orElseThrow();
  }

  /** The payout key of the refund of what the replacement costs less. */
  public static String refundKey(ReturnCase r) {
    return r.getRma() + "-XD";
  }

  private static String payKey(ReturnCase r) {
    return r.getRma() + "-XP";
  }

  private static String instantKey(ReturnCase r) {
    return r.getRma() + "-XI";
  }
}
