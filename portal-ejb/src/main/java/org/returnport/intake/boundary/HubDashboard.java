package org.returnport.intake.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.intake.control.HubNumbers;
import org.returnport.intake.entity.Intake;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.TenantScoped;

/**
 * The hub's dashboard: parcels expected per day, the parcels that arrived and wait for intake or
 * grading, and how long they waited from delivery to the end of inspection.
 */
@Stateless
@TenantScoped
@StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.WAREHOUSE})
public class HubDashboard {

  /** Days of arrivals forecast, today first. */
  public static final int FORECAST_DAYS = 14;

  /** Days of inspections looked back on. */
  public static final int HISTORY_DAYS = 30;

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * Parcels in transit, by the day they are expected: the first scan (or the approval) plus the
   * transit time the refund promise counts with.
   */
  public List<HubNumbers.DayCount> arrivals() {
    Instant now = clock.instant();
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.id, r.crossesBorder, r.decidedAt, MIN(e.at) FROM ReturnCase r"
                    + " LEFT JOIN r.events e ON e.kind = :scanned WHERE r.status = :inTransit"
                    + " GROUP BY r.id, r.crossesBorder, r.decidedAt",
                Object[].class)
            .setParameter("scanned", EventKind.SCANNED)
            .setParameter("inTransit", ReturnStatus.IN_TRANSIT)
            .getResultList();
    List<Instant> expected =
        rows.stream()
            .map(
                row -> {
                  Instant handedOver =
                      row[3] != null ? (Instant) row[3] : row[2] != null ? (Instant) row[2] : now;
                  return handedOver.plus(ReturnCase.transit((Boolean) row[1]));
                })
            .toList();
    return HubNumbers.arrivals(expected, now, FORECAST_DAYS);
  }

  /**
   * Returns delivered but not yet received, and received but not yet inspected, counted by how long
   * they have waited since they reached that status (buckets of {@link HubNumbers#AGE_LIMITS}).
   */
  public List<HubNumbers.Ages> backlog() {
    Instant now = clock.instant();
    return List.of(
        HubNumbers.Ages.of(
            ReturnStatus.DELIVERED.name(),
            HubNumbers.ages(since(ReturnStatus.DELIVERED, EventKind.DELIVERED, now), now)),
        HubNumbers.Ages.of(
            ReturnStatus.RECEIVED.name(),
            HubNumbers.ages(since(ReturnStatus.RECEIVED, EventKind.RECEIVED, now), now)));
  }

  /** Inspections of the last {@value #HISTORY_DAYS} days, by day, and their median hours. */
  public InspectionTimes inspectionTimes() {
    List<Instant[]> pairs =
        em.createNamedQuery(Intake.INSPECTED_SINCE, Object[].class)
            .setParameter("since", clock.instant().minus(Duration.ofDays(HISTORY_DAYS)))
            .getResultStream()
            .map(row -> new Instant[] {(Instant) row[0], (Instant) row[1]})
            .toList();
    return new InspectionTimes(
        HubNumbers.inspectionTimes(pairs), HubNumbers.medianHours(pairs), pairs.size());
  }

  private List<Instant> since(ReturnStatus status, EventKind entry, Instant now) {
    return em.createQuery(
            "SELECT MAX(e.at) FROM ReturnCase r LEFT JOIN r.events e ON e.kind = :kind"
                + " WHERE r.status = :status GROUP BY r.id",
            Instant.class)
        .setParameter("kind", entry)
        .setParameter("status", status)
        .getResultStream()
        .map(at -> at == null ? now : at)
        .toList();
  }

  /** Inspections by day, the median over all of them in hours (null without any), and how many. */
  public record InspectionTimes(List<HubNumbers.DayTimes> days, Double medianHours, int count) {}
}
