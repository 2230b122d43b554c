package org.returnport.exchanges.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.returnport.access.AnyCaller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.catalog.entity.Product;
import org.returnport.catalog.entity.ProductData;
import org.returnport.errors.RejectedException;
import org.returnport.exchanges.control.Replacements;
import org.returnport.exchanges.entity.ExchangeHold;
import org.returnport.exchanges.entity.PriceDifference;
import org.returnport.exchanges.entity.ReplacementShipment;
import org.returnport.exchanges.entity.StockReservation;
import org.returnport.policy.entity.Resolution;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.returns.boundary.ShopperReturns;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.TenantScoped;

/**
 * An exchange as its shopper follows it by the return's signed link: what is reserved, what is owed
 * and where to pay it, what was shipped; and, when the replacement ran out after the return was
 * requested, the shopper's way out: another variant in stock, store credit or a refund.
 */
@Stateless
@TenantScoped
@AnyCaller
public class Exchanges {

  @PersistenceContext EntityManager em;

  @Inject ShopperReturns shopperReturns;

  @Inject Replacements replacements;

  private final Clock clock = Clock.systemUTC();

  /** The exchange behind a return's link; empty for returns that are no exchange. */
  public Optional<ExchangeView> view(String rma, String token) {
    ReturnCase r = shopperReturns.byLink(rma, token);
    if (r.getResolution() != Resolution.EXCHANGE) {
      return Optional.empty();
    }
    List<StockReservation> reservations = replacements.reservationsOf(r);
    Optional<PriceDifference> difference = replacements.differenceOf(r);
    List<ReplacementShipment> shipped = replacements.shipmentsOf(r);
    boolean open =
        !r.getStatus().settled()
            && r.getStatus() != ReturnStatus.CANCELLED
            && r.getStatus() != ReturnStatus.REJECTED
            && r.getStatus() != ReturnStatus.EXPIRED;
    boolean outOfStock =
        open
            && r.getStatus() != ReturnStatus.UNDER_REVIEW
            && shipped.isEmpty()
            && reservations.stream().noneMatch(StockReservation::isHeld);
    return Optional.of(
        new ExchangeView(
            reservations,
            difference.orElse(null),
            replacements.holdOf(r).orElse(null),
            shipped,
            outOfStock,
            outOfStock ? alternatives(r) : List.of()));
  }

  /**
   * The shopper of an exchange whose replacement ran out takes another variant of the same product
   * for a line: it is reserved at once (and its price difference worked out), or refused when it is
   * not in stock either.
   */
  public void chooseVariant(String rma, String token, int lineNo, String sku) {
    ReturnCase r = locked(rma, token);
    requireOutOfStock(r);
    ReturnLine line =
        r.getLines().stream()
            .filter(l -> l.getLineNo() == lineNo && l.getExchangeSku() != null)
            .findFirst()
            .orElseThrow(
                () ->
                    new RejectedException("line" + lineNo, "returnport.return.noSuchLine", lineNo));
    if (alternatives(line).stream().noneMatch(v -> v.sku().equals(sku))) {
      throw new RejectedException("line" + lineNo, "returnport.exchange.notInStock", sku);
    }
    r.changeReplacement(lineNo, sku);
    em.flush();
    if (!replacements.reserveAgain(r)) {
      throw new RejectedException("line" + lineNo, "returnport.exchange.notInStock", sku);
    }
  }

  /**
   * The shopper of an exchange whose replacement ran out takes store credit or a refund instead;
   * the return's amounts are worked out again by the returns feature and whatever the exchange had
   * set aside is let go.
   */
  public void takeInstead(String rma, String token, Resolution resolution) {
    ReturnCase r = locked(rma, token);
    requireOutOfStock(r);
    ReturnPolicy policy =
        em.createNamedQuery(ReturnPolicy.FIND_BY_VERSION, ReturnPolicy.class)
            .setParameter("versionNo", r.getPolicyVersion())
            .getSingleResult();
    Instant now = clock.instant();
    r.insteadOfExchange(resolution, r.rulesOf(policy).storeCreditBonusPercent(), now);
    replacements.letGo(r, now);
  }

  /**
   * Asks the gateway again for a payment link it could not give at approval (it was down): the same
   * idempotency key makes asking twice harmless.
   */
  public void retryPaymentLink(String rma, String token) {
    ReturnCase r = locked(rma, token);
    replacements.retryPaymentLink(r);
  }

  /**
   * Ends the holds a gateway could not end when the return was inspected, cancelled or expired; run
   * by {@link ExchangeSweep} for each store.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public int sweepHolds(Instant now) {
    int ended = 0;
    for (ExchangeHold hold :
        em.createNamedQuery(ExchangeHold.FIND_PLACED, ExchangeHold.class).getResultList()) {
      ReturnCase r = em.find(ReturnCase.class, hold.getReturnId());
      replacements.endHoldIfDue(r, now);
      if (hold.getState() != ExchangeHold.State.PLACED) {
        ended++;
      }
    }
    return ended;
  }

  private ReturnCase locked(String rma, String token) {
    ReturnCase r = shopperReturns.byLink(rma, token);
    ReturnCase managed = em.find(ReturnCase.class, r.getId());
    em.lock(managed, LockModeType.PESSIMISTIC_WRITE);
    return managed;
  }

  private void requireOutOfStock(ReturnCase r) {
    if (r.getResolution() != Resolution.EXCHANGE
        || !replacements.shipmentsOf(r).isEmpty()
        || replacements.reservationsOf(r).stream().anyMatch(StockReservation::isHeld)
        || r.getStatus() == ReturnStatus.UNDER_REVIEW) {
      throw new RejectedException(null, "returnport.exchange.closed", r.getRma());
    }
  }

  private List<Alternative> alternatives(ReturnCase r) {
    return r.getLines().stream()
        .filter(l -> l.getExchangeSku() != null)
        .map(l -> new Alternative(l.getLineNo(), l.getName(), l.getExchangeSku(), alternatives(l)))
        .toList();
  }

  /**
   * The other variants of the line's product that can be promised now, final-sale ones left out.
   */
  private List<ProductData> alternatives(ReturnLine line) {
    Optional<Product> returned =
        em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
            .setParameter("sku", line.getSku())
            .getResultStream()
            .findFirst();
    if (returned.isEmpty() || returned.get().getVariantOf() == null) {
      return List.of();
    }
    return em.createNamedQuery(Product.FIND_VARIANTS, Product.class)
        .setParameter("groups", List.of(returned.get().getVariantOf()))
        .getResultStream()
        .filter(p -> !p.getSku().equals(line.getSku()) && !p.getSku().equals(line.getExchangeSku()))
        .filter(p -> !p.data().finalSale())
        .filter(p -> p.stock().available() == null || p.stock().available() >= line.getQuantity())
        .map(Product::data)
        .toList();
  }

  /** What the shopper's exchange stands at. */
  public record ExchangeView(
      List<StockReservation> reservations,
      PriceDifference difference,
      ExchangeHold hold,
      List<ReplacementShipment> shipped,
      boolean outOfStock,
      List<Alternative> alternatives) {

    /** The page where the shopper pays the difference, while it is still owed. */
    public String paymentLink() {
      return difference != null && difference.awaitsPayment() ? difference.getLinkUrl() : null;
    }
  }

  /** A line whose replacement ran out, with the variants in stock it could be swapped for. */
  public record Alternative(
      int lineNo, String name, String wantedSku, List<ProductData> variants) {}
}
