package org.returnport.settlement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.settlement.control.RefundReport;
import org.returnport.settlement.entity.CustomsReclaim;
import org.returnport.settlement.entity.ReclaimStatus;
import org.returnport.settlement.entity.Settlement;
import org.returnport.tenancy.TenantScoped;

/**
 * The money reports of a store: the daily refund report, and the customs reclaims of cross-border
 * returns with their status. Periods are whole days in UTC, from the first day to the last,
 * inclusive, a year at most.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
public class SettlementReports {

  public static final int MAX_DAYS = 366;

  @PersistenceContext EntityManager em;

  @Inject Caller caller;

  private final Clock clock = Clock.systemUTC();

  public List<RefundReport.Row> refunds(LocalDate from, LocalDate to) {
    requirePeriod(from, to);
    List<Settlement> settled =
        em.createNamedQuery(Settlement.SETTLED_BETWEEN, Settlement.class)
            .setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant())
            .setParameter("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .getResultList();
    return RefundReport.of(settled);
  }

  /** The reclaims of returns settled in the period, with their lines. */
  public List<CustomsReclaim> reclaims(LocalDate from, LocalDate to) {
    requirePeriod(from, to);
    List<CustomsReclaim> reclaims =
        em.createNamedQuery(CustomsReclaim.CREATED_BETWEEN, CustomsReclaim.class)
            .setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant())
            .setParameter("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .getResultList();
    reclaims.forEach(r -> r.getLines().size());
    return reclaims;
  }

  /** Staff note how far the broker got with a return's claim. */
  public CustomsReclaim reclaimStatus(String rma, ReclaimStatus status) {
    if (status == null) {
      throw new RejectedException("status", "returnport.reclaim.status");
    }
    CustomsReclaim reclaim =
        em.createNamedQuery(CustomsReclaim.FIND_BY_RMA, CustomsReclaim.class)
            .setParameter("rma", rma == null ? "" : rma.strip().toUpperCase(java.util.Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("reclaim"));
    reclaim.status(status, caller.name().orElse("?"), clock.instant());
    return reclaim;
  }

  private static void requirePeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new RejectedException("from", "returnport.report.period");
    }
    if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new RejectedException("to", "returnport.report.periodRange", MAX_DAYS);
    }
  }
}
