package org.returnport.loyalty.insights.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.loyalty.insights.control.Liability;
import org.returnport.loyalty.insights.control.MonthFigures;
import org.returnport.loyalty.insights.control.MonthlyPoints;
import org.returnport.loyalty.insights.control.PointsOverview;
import org.returnport.loyalty.ledger.entity.EntryKind;
import org.returnport.loyalty.program.control.ProgramInForce;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;
import org.returnport.tenant.boundary.Tenants;

/**
 * The current store's points in numbers, for its administrators and agents (the people who answer
 * members' questions and keep the books; nothing here names a member).
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class LoyaltyInsights {

  @PersistenceContext EntityManager em;

  @Inject ProgramInForce inForce;

  @Inject CurrentTenant currentTenant;

  @Inject Tenants tenants;

  /** The twelve months up to this one (UTC) and the liability at the rules in force. */
  public PointsOverview overview() {
    Instant now = Instant.now();
    List<MonthFigures> months = new ArrayList<>(MonthlyPoints.MONTHS);
    for (YearMonth month : MonthlyPoints.lastMonths(now, MonthlyPoints.MONTHS)) {
      months.add(MonthlyPoints.figures(month, pointsByKind(month)));
    }
    return new PointsOverview(months, liability());
  }

  /** The spendable, pending and owed points of all members now, at the point value in force. */
  public Liability liability() {
    Object[] sums =
        em.createQuery(
                "SELECT SUM(CASE WHEN a.balance > 0 THEN a.balance ELSE 0 END),"
                    + " SUM(CASE WHEN a.pending > 0 THEN a.pending ELSE 0 END),"
                    + " SUM(CASE WHEN a.balance < 0 THEN 0 - a.balance ELSE 0 END)"
                    + " FROM LoyaltyAccount a",
                Object[].class)
            .getSingleResult();
    String currency =
        tenants.require(currentTenant.get().orElseThrow().slug()).getDefaultCurrency();
    return Liability.of(
        asLong(sums[0]),
        asLong(sums[1]),
        asLong(sums[2]),
        inForce.now().rules().redemption().pointValue(),
        currency);
  }

  private Map<EntryKind, Long> pointsByKind(YearMonth month) {
    Map<EntryKind, Long> sums = new EnumMap<>(EntryKind.class);
    em.createQuery(
            "SELECT e.kind, SUM(e.points) FROM LedgerEntry e"
                + " WHERE e.createdAt >= :from AND e.createdAt < :to GROUP BY e.kind",
            Object[].class)
        .setParameter("from", MonthlyPoints.start(month))
        .setParameter("to", MonthlyPoints.end(month))
        .getResultList()
        .forEach(row -> sums.put((EntryKind) row[0], asLong(row[1])));
    return sums;
  }

  private static long asLong(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
