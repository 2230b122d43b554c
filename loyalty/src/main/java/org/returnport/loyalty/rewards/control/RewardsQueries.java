package org.returnport.loyalty.rewards.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.returnport.catalog.entity.CustomerOrder;
import org.returnport.catalog.entity.OrderData;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.ledger.entity.LedgerEntry;
import org.returnport.values.EmailAddress;

/**
 * The reads behind a member's rewards page that the ledger does not offer: how many entries they
 * have, which awards still wait for their hold, and their standing for tiers.
 */
@Dependent
public class RewardsQueries {

  @PersistenceContext EntityManager em;

  public long entryCount(long memberId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM LedgerEntry e WHERE e.memberId = :memberId", Long.class)
        .setParameter("memberId", memberId)
        .getSingleResult();
  }

  /**
   * Awards still on hold: pending points neither confirmed nor clawed back yet, those confirmed
   * soonest first (an award whose return has not closed yet has no date and comes last).
   */
  public List<LedgerEntry> openAwards(long memberId) {
    return em.createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.memberId = :memberId AND e.kind = :earn"
                + " AND e.pendingPoints > 0 AND NOT EXISTS (SELECT f FROM LedgerEntry f"
                + " WHERE f.relatesTo = e.id) ORDER BY e.id",
            LedgerEntry.class)
        .setParameter("memberId", memberId)
        .setParameter("earn", EntryKind.EARN)
        .setMaxResults(100)
        .getResultStream()
        .sorted(
            (a, b) -> {
              if (a.getConfirmAfter() == null || b.getConfirmAfter() == null) {
                return a.getConfirmAfter() == null ? (b.getConfirmAfter() == null ? 0 : 1) : -1;
              }
              return a.getConfirmAfter().compareTo(b.getConfirmAfter());
            })
        .toList();
  }

  /**
   * Points earned since {@code since} as tiers count them: points that became spendable (awards
   * made at once, confirmed holds), less claw-backs of those; never below zero. Pending points,
   * redeeming, expiry and staff adjustments do not move a member's standing.
   */
  public long pointsEarnedSince(long memberId, Instant since) {
    List<EntryKind> kinds = List.of(EntryKind.EARN, EntryKind.CONFIRM);
    Number earned =
        em.createQuery(
                "SELECT COALESCE(SUM(e.points), 0) FROM LedgerEntry e WHERE e.memberId = :memberId"
                    + " AND e.kind IN :kinds AND e.points > 0 AND e.createdAt > :since",
                Number.class)
            .setParameter("memberId", memberId)
            .setParameter("kinds", kinds)
            .setParameter("since", since)
            .getSingleResult();
    Number clawedBack =
        em.createQuery(
                "SELECT COALESCE(SUM(c.points), 0) FROM LedgerEntry c WHERE c.memberId = :memberId"
                    + " AND c.kind = :clawBack AND c.points < 0 AND EXISTS (SELECT a.id FROM"
                    + " LedgerEntry a WHERE a.memberId = :memberId AND (a.id = c.relatesTo OR"
                    + " a.relatesTo = c.relatesTo) AND a.kind IN :kinds AND a.points > 0"
                    + " AND a.createdAt > :since)",
                Number.class)
            .setParameter("memberId", memberId)
            .setParameter("clawBack", EntryKind.CLAWBACK)
            .setParameter("kinds", kinds)
            .setParameter("since", since)
            .getSingleResult();
    return Math.max(0, earned.longValue() + clawedBack.longValue());
  }

  /**
   * Money spent since {@code since} in the store's default currency by orders to this address: each
   * line's price times its quantity, with its tax, less its discount. Orders in other currencies do
   * not count, as the tiers' thresholds are in the default currency.
   */
  public BigDecimal spentSince(EmailAddress email, String currency, Instant since) {
    BigDecimal total = BigDecimal.ZERO;
    List<CustomerOrder> orders =
        em.createQuery(
                "SELECT o FROM CustomerOrder o WHERE o.email = :email AND o.placedAt > :since",
                CustomerOrder.class)
            .setParameter("email", email.value())
            .setParameter("since", since)
            .getResultList();
    for (CustomerOrder order : orders) {
      OrderData data = order.data();
      if (!email.matches(data.email()) || !currency.equals(data.currency())) {
        continue;
      }
      for (OrderData.Line line : data.lines()) {
        total =
            total.add(
                line.unitPrice()
                    .multiply(BigDecimal.valueOf(line.quantity()))
                    .add(line.tax())
                    .subtract(line.discount()));
      }
    }
    return total.max(BigDecimal.ZERO);
  }

  /** Twelve months before now, the window tiers are measured over. */
  public static Instant yearBefore(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
  }
}
