package org.returnport.settlement.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.catalog.entity.Product;
import org.returnport.events.DomainEvent;
import org.returnport.events.ParcelScanned;
import org.returnport.events.ParcelStage;
import org.returnport.events.PayoutDone;
import org.returnport.events.PayoutDue;
import org.returnport.events.PayoutMethod;
import org.returnport.events.PayoutOutcome;
import org.returnport.events.ReturnClosed;
import org.returnport.events.ReturnDecided;
import org.returnport.events.ReturnInspected;
import org.returnport.events.ReturnReceived;
import org.returnport.events.ReturnSettled;
import org.returnport.intake.entity.Intake;
import org.returnport.intake.entity.IntakeLine;
import org.returnport.intake.entity.ItemGrading;
import org.returnport.money.Money;
import org.returnport.policy.entity.PolicyRules;
import org.returnport.policy.entity.ReturnPolicy;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnEvent;
import org.returnport.returns.entity.ReturnLine;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.settlement.control.SettlementTiming.Moment;
import org.returnport.settlement.entity.CustomsReclaim;
import org.returnport.settlement.entity.SettledBy;
import org.returnport.settlement.entity.Settlement;
import org.returnport.settlement.entity.SettlementPart;
import org.returnport.tenancy.CurrentTenant;

/**
 * Follows a return's life and pays it out at the policy's moment, then follows its payouts to the
 * end: settled when every part ended, closed once its items are dealt with too. Observes
 * synchronously, in the transaction of what happened, so that the settlement, its payouts (whose
 * payers observe {@link PayoutDue} in the same transaction) and the return's status commit together
 * or not at all. The observers of the return's own events run after the returns feature's, so that
 * they see where the return stands after the event.
 */
@Dependent
public class Settler {

  private static final Logger LOG = Logger.getLogger(Settler.class.getName());
  private static final int LATE = Interceptor.Priority.APPLICATION + 900;

  @PersistenceContext EntityManager em;

  @Inject Event<DomainEvent> events;

  @Inject CurrentTenant currentTenant;

  @Inject SettlementMails mails;

  private final Clock clock = Clock.systemUTC();

  void decided(@Observes @Priority(LATE) ReturnDecided decided) {
    if (decided.outcome() == ReturnDecided.Outcome.APPROVED) {
      at(decided.returnId(), decided.rma(), Moment.APPROVED);
    }
  }

  void scanned(@Observes @Priority(LATE) ParcelScanned scan) {
    if (scan.stage() == ParcelStage.LABEL_CREATED) {
      return;
    }
    reclaimOf(scan.returnId()).ifPresent(reclaim -> reclaim.exported(scan.scannedAt()));
    at(
        scan.returnId(),
        scan.rma(),
        scan.stage() == ParcelStage.LOST ? Moment.LOST : Moment.FIRST_SCAN);
  }

  void received(@Observes @Priority(LATE) ReturnReceived received) {
    at(received.returnId(), received.rma(), Moment.RECEIVED);
  }

  void inspected(@Observes @Priority(LATE) ReturnInspected inspected) {
    Optional<ReturnCase> found = locked(inspected.returnId(), inspected.rma());
    if (found.isEmpty()) {
      return;
    }
    ReturnCase returnCase = found.get();
    Optional<Settlement> settlement = settlementOf(returnCase.getId());
    if (settlement.isPresent() && settlement.get().isWritten()) {
      lateDeductions(returnCase, settlement.get());
      advance(returnCase, settlement.get());
    } else {
      pay(returnCase, Moment.INSPECTED);
    }
  }

  /**
   * Any payout of a return, ours or another feature's (an exchange's price difference, say): one
   * whose key settle does not know becomes an extra part of that return's settlement.
   */
  void due(@Observes @Priority(LATE) PayoutDue due) {
    if (partOf(due.payoutKey()).isPresent()) {
      return;
    }
    Optional<ReturnCase> found = locked(due.returnId(), due.rma());
    if (found.isEmpty()) {
      return;
    }
    Settlement settlement = settlementOrNew(found.get());
    if (settlement.part(due.payoutKey()).isEmpty()) {
      settlement.add(due.payoutKey(), due.method(), due.amount(), due.bonus(), clock.instant());
      em.flush();
    }
  }

  void done(@Observes @Priority(LATE) PayoutDone done) {
    Optional<ReturnCase> found = locked(done.returnId(), done.rma());
    if (found.isEmpty()) {
      return;
    }
    ReturnCase returnCase = found.get();
    Settlement settlement = settlementOrNew(returnCase);
    Instant now = clock.instant();
    if (settlement.part(done.payoutKey()).isEmpty()) {
      // The payer answered before its PayoutDue reached us (observers of one event run in any
      // order): the report is the part.
      settlement.add(
          done.payoutKey(),
          done.method(),
          done.amount(),
          Money.zero(done.amount().currency()),
          now);
    }
    boolean changed =
        settlement.ended(done.payoutKey(), done.outcome(), done.amount(), done.reference(), now);
    em.flush();
    if (changed && done.outcome() == PayoutOutcome.DECLINED) {
      SettlementPart part = settlement.part(done.payoutKey()).orElseThrow();
      mails.creditOffered(returnCase, part, done.eventId());
    }
    advance(returnCase, settlement);
  }

  private void at(long returnId, String rma, Moment moment) {
    locked(returnId, rma).ifPresent(returnCase -> pay(returnCase, moment));
  }

  private void pay(ReturnCase returnCase, Moment moment) {
    Optional<Settlement> existing = settlementOf(returnCase.getId());
    if (existing.isPresent() && existing.get().isWritten()) {
      return;
    }
    PolicyRules rules = rules(returnCase);
    if (!SettlementTiming.due(rules.payouts().refundAt(), returnCase.isKeepItems(), moment)) {
      return;
    }
    SettledBy by =
        returnCase.isKeepItems()
            ? SettledBy.KEEP_IT
            : switch (moment) {
              case APPROVED -> SettledBy.APPROVAL;
              case FIRST_SCAN -> SettledBy.FIRST_SCAN;
              case RECEIVED -> SettledBy.RECEIPT;
              case INSPECTED -> SettledBy.INSPECTION;
              case LOST -> SettledBy.LOST;
            };
    SettlementRules.Outcome sum = sum(returnCase, rules, moment == Moment.INSPECTED, null);
    write(returnCase, by, sum);
  }

  /**
   * Writes settle's sum and fires one {@link PayoutDue} per part. Every part is registered before
   * the first is fired: a payer that answers at once (credit does) must not find the return settled
   * with parts still to come.
   */
  public Settlement write(ReturnCase returnCase, SettledBy by, SettlementRules.Outcome sum) {
    Instant now = clock.instant();
    Settlement settlement = settlementOrNew(returnCase);
    settlement.write(
        by,
        sum.refundBefore(),
        sum.deduction(),
        sum.deductions().stream()
            .map(
                d ->
                    new Settlement.Deduction(
                        d.lineNo(), d.gradeCode(), d.quantity(), d.percent(), d.amount()))
            .toList(),
        sum.duties());
    List<SettlementPart> parts = new ArrayList<>();
    for (SettlementRules.Part part : sum.parts()) {
      if (part.method() == PayoutMethod.EXCHANGE
          && settlement.getParts().stream().anyMatch(p -> p.getMethod() == PayoutMethod.EXCHANGE)) {
        // The exchange feature announced the replacement itself (an instant exchange ships at
        // approval): it is that part, not a second replacement.
        continue;
      }
      String key = returnCase.getRma() + "-" + part.suffix();
      if (settlement.part(key).isPresent()) {
        key = settlement.nextKey(part.method());
      }
      parts.add(settlement.add(key, part.method(), part.amount(), part.bonus(), now));
    }
    keepReclaim(returnCase, sum.duties());
    em.flush();
    for (SettlementPart part : parts) {
      announce(returnCase, part, now);
    }
    advance(returnCase, settlement);
    return settlement;
  }

  /** Fires a part's {@link PayoutDue}, with the payout on the shopper's timeline. */
  public void announce(ReturnCase returnCase, SettlementPart part, Instant now) {
    returnCase.note(
        EventKind.PAYOUT_DUE,
        null,
        SettlementMails.methodName(part.getMethod(), returnCase.getLanguage())
            + ": "
            + part.getAmount().decimalString()
            + " "
            + part.getAmount().currency(),
        now);
    em.flush();
    events.fire(
        new PayoutDue(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma(),
            part.getPayoutKey(),
            part.getMethod(),
            part.getAmount(),
            part.getBonus()));
  }

  /**
   * The sum for a return: with grade deductions once inspected, with the refundable share of the
   * order's duties, and with the agent's amount instead of the refund when one settles by hand.
   */
  public SettlementRules.Outcome sum(
      ReturnCase returnCase, PolicyRules rules, boolean graded, Money agentAmount) {
    String currency = returnCase.getRefund().currency();
    List<SettlementRules.Line> lines =
        returnCase.getLines().stream()
            .map(
                l ->
                    new SettlementRules.Line(
                        l.getLineNo(),
                        l.getQuantity(),
                        new Money(l.getValue(), currency),
                        l.getExchangeSku() != null))
            .toList();
    List<SettlementRules.Graded> gradings =
        graded && agentAmount == null ? gradings(returnCase) : List.of();
    Money refund = agentAmount == null ? returnCase.getRefund() : agentAmount;
    Money bonus =
        agentAmount == null
            ? returnCase.getBonus()
            : agentAmount.percent(rules.storeCreditBonusPercent());
    Money duties = dutiesRefunded(returnCase, rules);
    return SettlementRules.settle(
        new SettlementRules.Input(
            returnCase.getResolution(), refund, bonus, lines, gradings, duties));
  }

  private List<SettlementRules.Graded> gradings(ReturnCase returnCase) {
    List<SettlementRules.Graded> out = new ArrayList<>();
    intakeOf(returnCase.getId())
        .ifPresent(
            intake -> {
              for (IntakeLine line : intake.getLines()) {
                for (ItemGrading g : line.getGradings()) {
                  out.add(
                      new SettlementRules.Graded(
                          g.getLineNo(),
                          g.getQuantity(),
                          g.getGradeCode(),
                          g.getDeductionPercent()));
                }
              }
            });
    return out;
  }

  /**
   * The order's duties that belong to the returned items, when the policy refunds duties, the items
   * go back across a border, and the shopper's country repays duties on returned goods.
   */
  Money dutiesRefunded(ReturnCase returnCase, PolicyRules rules) {
    Money zero = Money.zero(returnCase.getRefund().currency());
    if (!rules.payouts().refundDuties()
        || returnCase.isKeepItems()
        || !returnCase.isCrossesBorder()
        || !DutyCountries.reclaimable(returnCase.getShipCountry())) {
      return zero;
    }
    return dutiesReturned(returnCase).orElse(zero);
  }

  private Optional<Money> dutiesReturned(ReturnCase returnCase) {
    CustomerOrder order = em.find(CustomerOrder.class, returnCase.getOrderId());
    if (order == null) {
      return Optional.empty();
    }
    OrderData data = order.data();
    if (!data.currency().equals(returnCase.getRefund().currency())) {
      return Optional.empty();
    }
    Money orderValue =
        data.lines().stream()
            .map(l -> l.paid(data.currency()))
            .reduce(Money.zero(data.currency()), Money::plus);
    return Optional.of(
        SettlementRules.dutiesShare(
            new Money(data.dutiesPaid(), data.currency()), returnCase.getItemsValue(), orderValue));
  }

  /**
   * A cross-border return whose items go back keeps what a broker needs to reclaim the duties, at
   * the moment it is settled (the export date fills in with the first carrier scan).
   */
  private void keepReclaim(ReturnCase returnCase, Money dutiesRefunded) {
    if (!returnCase.isCrossesBorder()
        || returnCase.isKeepItems()
        || reclaimOf(returnCase.getId()).isPresent()) {
      return;
    }
    CustomerOrder order = em.find(CustomerOrder.class, returnCase.getOrderId());
    if (order == null) {
      return;
    }
    OrderData data = order.data();
    String currency = returnCase.getRefund().currency();
    Money dutiesPaid =
        data.currency().equals(currency)
            ? new Money(data.dutiesPaid(), currency)
            : Money.zero(currency);
    Money returned = dutiesReturned(returnCase).orElse(Money.zero(currency));
    CustomsReclaim reclaim =
        new CustomsReclaim(
            returnCase.getId(),
            returnCase.getRma(),
            returnCase.getOrderNumber(),
            returnCase.getShipCountry(),
            returnCase.getHubCountry(),
            data.customs() == null ? null : data.customs().entryNumber(),
            data.customs() == null ? null : data.customs().declaredAt(),
            firstScan(returnCase),
            dutiesPaid,
            returned,
            dutiesRefunded,
            clock.instant());
    for (ReturnLine line : returnCase.getLines()) {
      Optional<Product> product =
          em.createNamedQuery(Product.FIND_BY_SKU, Product.class)
              .setParameter("sku", line.getSku())
              .getResultStream()
              .findFirst();
      reclaim.addLine(
          line.getLineNo(),
          line.getSku(),
          line.getName(),
          product.map(p -> p.data().hsCode()).orElse(null),
          product.map(p -> p.data().originCountry()).orElse(null),
          line.getQuantity(),
          new Money(line.getValue(), currency));
    }
    em.persist(reclaim);
  }

  private static Instant firstScan(ReturnCase returnCase) {
    return returnCase.getEvents().stream()
        .filter(e -> e.getStage() != null && e.getStage() != ParcelStage.LABEL_CREATED)
        .map(ReturnEvent::getAt)
        .min(Instant::compareTo)
        .orElse(null);
  }

  /**
   * Grades found after the money went out: the deduction is kept on the settlement and shown to the
   * shopper, but nothing is taken back.
   */
  private void lateDeductions(ReturnCase returnCase, Settlement settlement) {
    if (settlement.getTriggeredBy() == SettledBy.INSPECTION
        || settlement.getTriggeredBy() == SettledBy.AGENT
        || returnCase.getResolution() == org.returnport.policy.entity.Resolution.EXCHANGE) {
      return;
    }
    SettlementRules.Outcome sum = sum(returnCase, rules(returnCase), true, null);
    if (!sum.deduction().isZero()) {
      settlement.lateInspection(
          sum.deduction(),
          sum.deductions().stream()
              .map(
                  d ->
                      new Settlement.Deduction(
                          d.lineNo(), d.gradeCode(), d.quantity(), d.percent(), d.amount()))
              .toList());
    }
  }

  /**
   * Takes the return as far as its money and items allow: settled when every part ended (fires
   * {@link ReturnSettled} and mails the shopper once), then, once the items are dealt with
   * (inspected, lost or kept), moved to its settled status and closed (fires {@link ReturnClosed}).
   */
  public void advance(ReturnCase returnCase, Settlement settlement) {
    Instant now = clock.instant();
    if (!settlement.isWritten()) {
      return;
    }
    if (!settlement.isSettled() && settlement.allEnded()) {
      settlement.settled(now);
      em.flush();
      ReturnSettled settled =
          new ReturnSettled(
              currentTenant.get().orElseThrow(),
              UUID.randomUUID(),
              now,
              returnCase.getId(),
              returnCase.getRma(),
              settlement.paidBy(PayoutMethod.REFUND),
              settlement.paidBy(PayoutMethod.STORE_CREDIT),
              settlement.paidBy(PayoutMethod.GIFT_CARD),
              settlement.paidBy(PayoutMethod.EXCHANGE));
      mails.settled(returnCase, settlement, settled.eventId());
      events.fire(settled);
    }
    if (!settlement.isSettled() || settlement.getClosedAt() != null) {
      return;
    }
    ReturnStatus status = returnCase.getStatus();
    boolean itemsDone =
        status == ReturnStatus.INSPECTED
            || status == ReturnStatus.LOST
            || (returnCase.isKeepItems() && status == ReturnStatus.APPROVED);
    if (!itemsDone) {
      return;
    }
    ReturnStatus target = settledStatus(returnCase, settlement);
    returnCase.moveTo(target, EventKind.valueOf(target.name()), null, paidText(settlement), now);
    // Written before the next entry of the same instant, so that the timeline lists them in order.
    em.flush();
    returnCase.moveTo(ReturnStatus.CLOSED, EventKind.CLOSED, null, null, now);
    settlement.closed(now);
    em.flush();
    events.fire(
        new ReturnClosed(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            returnCase.getId(),
            returnCase.getRma()));
  }

  static ReturnStatus settledStatus(ReturnCase returnCase, Settlement settlement) {
    if (returnCase.isKeepItems()) {
      return ReturnStatus.KEPT;
    }
    PayoutMethod method =
        settlement
            .largestMethod()
            .orElse(
                switch (returnCase.getResolution()) {
                  case REFUND -> PayoutMethod.REFUND;
                  case STORE_CREDIT, GIFT_CARD -> PayoutMethod.STORE_CREDIT;
                  case EXCHANGE -> PayoutMethod.EXCHANGE;
                });
    return switch (method) {
      case REFUND -> ReturnStatus.REFUNDED;
      case STORE_CREDIT, GIFT_CARD -> ReturnStatus.CREDITED;
      case EXCHANGE -> ReturnStatus.EXCHANGED;
    };
  }

  /** The amounts paid, as the shopper reads them on the timeline ("43.05 EUR"). */
  private static String paidText(Settlement settlement) {
    List<String> amounts = new ArrayList<>();
    for (PayoutMethod method : PayoutMethod.values()) {
      for (Money money : settlement.paidBy(method)) {
        amounts.add(money.decimalString() + " " + money.currency());
      }
    }
    return amounts.isEmpty() ? null : String.join(", ", amounts);
  }

  /**
   * The rules the return is paid out by: its policy version as it held for the tier it was
   * requested under (a tier's refund at the first scan or higher bonus stays the return's).
   */
  public PolicyRules rules(ReturnCase returnCase) {
    return em.createNamedQuery(ReturnPolicy.FIND_BY_VERSION, ReturnPolicy.class)
        .setParameter("versionNo", returnCase.getPolicyVersion())
        .getResultStream()
        .findFirst()
        .map(returnCase::rulesOf)
        .orElseThrow();
  }

  /**
   * The return of the event in this store, locked: the events of one return (a payer's answer and
   * an inspection, say) are handled one after the other.
   */
  public Optional<ReturnCase> locked(long returnId, String rma) {
    ReturnCase returnCase = em.find(ReturnCase.class, returnId, LockModeType.PESSIMISTIC_WRITE);
    if (returnCase == null || !returnCase.getRma().equals(rma)) {
      LOG.warning(() -> "no return " + rma + " (id " + returnId + ") in this store to settle");
      return Optional.empty();
    }
    return Optional.of(returnCase);
  }

  public Optional<Settlement> settlementOf(long returnId) {
    return em.createNamedQuery(Settlement.FIND_BY_RETURN, Settlement.class)
        .setParameter("returnId", returnId)
        .getResultStream()
        .findFirst();
  }

  public Settlement settlementOrNew(ReturnCase returnCase) {
    return settlementOf(returnCase.getId())
        .orElseGet(
            () -> {
              Settlement created =
                  new Settlement(
                      returnCase.getId(),
                      returnCase.getRma(),
                      returnCase.getRefund().currency(),
                      clock.instant());
              em.persist(created);
              em.flush();
              return created;
            });
  }

  private Optional<SettlementPart> partOf(String key) {
    return em.createNamedQuery(SettlementPart.FIND_BY_KEY, SettlementPart.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private Optional<CustomsReclaim> reclaimOf(long returnId) {
    return em.createNamedQuery(CustomsReclaim.FIND_BY_RETURN, CustomsReclaim.class)
        .setParameter("returnId", returnId)
        .getResultStream()
        .findFirst();
  }

  private Optional<Intake> intakeOf(long returnId) {
    return em.createNamedQuery(Intake.FIND_BY_RETURN, Intake.class)
        .setParameter("returnId", returnId)
        .getResultStream()
        .findFirst();
  }
}
