package org.returnport.settlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.money.Money;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.Resolution;
import org.returnport.returns.control.ReturnLinks;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.settlement.control.SettlementRules;
import org.returnport.settlement.control.Settler;
import org.returnport.settlement.entity.PartState;
import org.returnport.settlement.entity.SettledBy;
import org.returnport.settlement.entity.Settlement;
import org.returnport.settlement.entity.SettlementPart;
import org.returnport.tenancy.TenantScoped;

/**
 * What people do with a return's money: an agent settles a return now (with another amount and a
 * reason, if need be), retries a declined refund or turns it into store credit; the shopper takes
 * store credit instead of a declined refund; anyone allowed to see the return sees its settlement.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class Settlements {

  /** Where an agent may settle: decided for, and not settled yet. */
  private static final Set<ReturnStatus> SETTLEABLE =
      EnumSet.of(
          ReturnStatus.APPROVED,
          ReturnStatus.IN_TRANSIT,
          ReturnStatus.DELIVERED,
          ReturnStatus.RECEIVED,
          ReturnStatus.INSPECTED,
          ReturnStatus.LOST,
          ReturnStatus.EXPIRED);

  @PersistenceContext EntityManager em;

  @Inject Settler settler;

  @Inject Caller caller;

  @Inject ReturnLinks links;

  private final Clock clock = Clock.systemUTC();

  /** The settlement of a return, if its money has started to move. */
  public Optional<Settlement> of(String rma) {
    ReturnCase returnCase = find(rma);
    return settler.settlementOf(returnCase.getId()).map(Settlements::loaded);
  }

  /** The settlement the shopper's signed link shows. */
  @AnyCaller
  public Optional<Settlement> forShopper(String rma, String token) {
    ReturnCase returnCase = byLink(rma, token);
    return settler.settlementOf(returnCase.getId()).map(Settlements::loaded);
  }

  /**
   * Settles a return now, at the amount the rules give or at the agent's {@code amount} (in the
   * order's currency, not negative, not above what was paid for the returned items and their
   * duties, zero only once the items were inspected), with the agent's reason. The same {@code key}
   * again answers the same settlement; another settlement of a settled return is refused as a
   * conflict.
   */
  public Settlement settleNow(String rma, Money amount, String reason, String key) {
    if (key == null || key.isBlank() || key.strip().length() > PayoutDue.KEY_MAX) {
      throw new RejectedException(
          "Idempotency-Key", "returnport.settlement.key", PayoutDue.KEY_MAX);
    }
    ReturnCase returnCase = find(rma);
    em.refresh(returnCase, LockModeType.PESSIMISTIC_WRITE);
    Optional<Settlement> existing = settler.settlementOf(returnCase.getId());
    if (existing.isPresent() && existing.get().isWritten()) {
      if (key.strip().equals(existing.get().getSettleKey())) {
        return loaded(existing.get());
      }
      throw new AlreadySettledException(returnCase.getRma());
    }
    if (!SETTLEABLE.contains(returnCase.getStatus())) {
      throw new RejectedException(null, "returnport.settlement.notSettleable", returnCase.getRma());
    }
    if (reason == null || reason.isBlank()) {
      throw new RejectedException("reason", "returnport.settlement.reasonRequired");
    }
    PolicyRules rules = settler.rules(returnCase);
    if (amount != null) {
      requireAllowed(returnCase, rules, amount);
    }
    boolean inspected = returnCase.getStatus() == ReturnStatus.INSPECTED;
    SettlementRules.Outcome sum = settler.sum(returnCase, rules, inspected, amount);
    try {
      Settlement settlement = settler.settlementOrNew(returnCase);
      settlement.adjustedBy(caller.name().orElse("?"), reason, key.strip());
      return loaded(settler.write(returnCase, SettledBy.AGENT, sum));
    } catch (PersistenceException e) {
      // Another server wrote the return's settlement after this transaction's snapshot was taken:
      // the unique key refused the second one, and the whole request rolls back.
      throw new AlreadySettledException(returnCase.getRma());
    }
  }

  private void requireAllowed(ReturnCase returnCase, PolicyRules rules, Money amount) {
    String currency = returnCase.getRefund().currency();
    if (!amount.currency().equals(currency)) {
      throw new RejectedException("amount", "returnport.settlement.currency", currency);
    }
    if (returnCase.getResolution() == Resolution.EXCHANGE) {
      throw new RejectedException("amount", "returnport.settlement.exchangeAmount");
    }
    if (amount.isNegative()) {
      throw new RejectedException("amount", "returnport.settlement.negative");
    }
    if (amount.isZero() && returnCase.getStatus() != ReturnStatus.INSPECTED) {
      throw new RejectedException("amount", "returnport.settlement.zero");
    }
    Money paid = returnCase.getItemsValue();
    if (amount.isAbove(paid)) {
      throw new RejectedException(
          "amount", "returnport.settlement.abovePaid", paid.decimalString() + " " + currency);
    }
  }

  /** Declined refunds an agent has to deal with, oldest first. */
  public List<SettlementPart> tasks() {
    List<SettlementPart> parts =
        em.createNamedQuery(SettlementPart.DECLINED, SettlementPart.class).getResultList();
    parts.forEach(p -> p.getSettlement().getRma());
    return parts;
  }

  /** The agent sends the declined refund again, under a new key (the old one stays declined). */
  public SettlementPart retry(String payoutKey) {
    SettlementPart declined = declined(payoutKey);
    return replace(declined, PayoutMethod.REFUND, declined.getAmount(), zero(declined));
  }

  /** The agent gives store credit (with the policy's bonus) for the declined refund. */
  public SettlementPart credit(String payoutKey) {
    SettlementPart declined = declined(payoutKey);
    return toCredit(declined);
  }

  /** The shopper takes store credit for a declined refund, from the return's page. */
  @AnyCaller
  public SettlementPart takeCredit(String rma, String token) {
    ReturnCase returnCase = byLink(rma, token);
    em.refresh(returnCase, LockModeType.PESSIMISTIC_WRITE);
    Settlement settlement =
        settler
            .settlementOf(returnCase.getId())
            .orElseThrow(
                () -> new RejectedException(null, "returnport.settlement.nothingDeclined"));
    SettlementPart declined =
        settlement.declined().stream()
            .findFirst()
            .orElseThrow(
                () -> new RejectedException(null, "returnport.settlement.nothingDeclined"));
    return toCredit(declined);
  }

  private SettlementPart toCredit(SettlementPart declined) {
    ReturnCase returnCase = em.find(ReturnCase.class, declined.getSettlement().getReturnId());
    Money bonus = declined.getAmount().percent(settler.rules(returnCase).storeCreditBonusPercent());
    return replace(declined, PayoutMethod.STORE_CREDIT, declined.getAmount(), bonus);
  }

  private SettlementPart replace(
      SettlementPart declined, PayoutMethod method, Money amount, Money bonus) {
    Settlement settlement = declined.getSettlement();
    ReturnCase returnCase =
        em.find(ReturnCase.class, settlement.getReturnId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(settlement);
    if (declined.getState() != PartState.DECLINED) {
      throw new RejectedException(
          null, "returnport.settlement.notDeclined", declined.getPayoutKey());
    }
    settlement.replace(declined);
    Instant now = clock.instant();
    SettlementPart next = settlement.add(settlement.nextKey(method), method, amount, bonus, now);
    em.flush();
    settler.announce(returnCase, next, now);
    settler.advance(returnCase, settlement);
    return next;
  }

  private SettlementPart declined(String payoutKey) {
    return em.createNamedQuery(SettlementPart.FIND_BY_KEY, SettlementPart.class)
        .setParameter("key", payoutKey)
        .getResultStream()
        .filter(p -> p.getState() == PartState.DECLINED)
        .findFirst()
        .orElseThrow(
            () -> new RejectedException(null, "returnport.settlement.notDeclined", payoutKey));
  }

  private static Money zero(SettlementPart part) {
    return Money.zero(part.getAmount().currency());
  }

  private ReturnCase find(String rma) {
    if (rma == null || !RmaNumber.isValid(rma)) {
      throw new NotFoundException("return");
    }
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("return"));
  }

  private ReturnCase byLink(String rma, String token) {
    ReturnCase returnCase = find(rma);
    if (!links.isValid(returnCase, token)) {
      throw new NotFoundException("return");
    }
    return returnCase;
  }

  private static Settlement loaded(Settlement settlement) {
    settlement.getParts().size();
    return settlement;
  }
}
