package org.returnport.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.errors.RejectedException;
import org.returnport.events.DelayCause;
import org.returnport.events.DomainEvent;
import org.returnport.events.ReturnExpired;
import org.returnport.returns.control.ActiveIncidents;
import org.returnport.returns.control.DeadlineMails;
import org.returnport.returns.control.DeadlineMoves;
import org.returnport.returns.control.DeadlineRules;
import org.returnport.returns.entity.EventKind;
import org.returnport.returns.entity.Incident;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.returns.entity.RmaNumber;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * A store's send-by deadlines: the sweep that reminds shoppers and expires returns whose parcel was
 * not sent in time, and the extension staff give one return by hand. Safe on several servers: the
 * sweep locks the rows it acts on and checks them again under the lock, so a second server waits
 * and then finds nothing left to do.
 */
@Stateless
@TenantScoped
public class Deadlines {

  /** The most returns one sweep of a store reminds or expires; the next sweep takes the rest. */
  static final int SWEEP_BATCH = 500;

  /** The longest note staff may add to an extension. */
  public static final int NOTE_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject ActiveIncidents incidents;

  @Inject DeadlineMails mails;

  @Inject DeadlineMoves moves;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /**
   * Reminds the shoppers whose send-by date is near and expires the returns whose date has passed,
   * as of {@code now}; run by the scheduler for each store (an administrator may run it too).
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public Swept sweep(Instant now) {
    int reminded = 0;
    for (ReturnCase r :
        due(
            "r.shipBy > :now AND r.shipBy <= :horizon"
                + " AND (r.remindedFor IS NULL OR r.remindedFor <> r.shipBy)",
            now)) {
      if (DeadlineRules.reminderDue(r, now)) {
        r.remind(now);
        mails.remind(r);
        reminded++;
      }
    }
    List<Incident> on = incidents.on(now);
    int expired = 0;
    int paused = 0;
    for (ReturnCase r : due("r.shipBy <= :now", now)) {
      if (DeadlineRules.expiryDue(r, on, now)) {
        r.moveTo(ReturnStatus.EXPIRED, EventKind.EXPIRED, null, null, now);
        em.flush();
        events.fire(
            new ReturnExpired(
                currentTenant.get().orElseThrow(), UUID.randomUUID(), now, r.getId(), r.getRma()));
        expired++;
      } else if (DeadlineRules.pausedBy(r, on, now)) {
        paused++;
      }
    }
    return new Swept(reminded, expired, paused);
  }

  /**
   * Gives one return more time by hand (a shopper who asked, a label that came late): its send-by
   * and promised refund dates move by the days, with the note on its timeline and in the shopper's
   * mail. Refused on a return that is closed or already at the hub.
   */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public ReturnCase extend(String rma, Integer days, String note) {
    ReturnCase r = find(rma);
    if (note != null && note.strip().length() > NOTE_MAX) {
      throw new RejectedException("note", "returnport.text.tooLong", NOTE_MAX);
    }
    if (days == null) {
      throw new RejectedException(
          "days", "returnport.return.extensionDays", ReturnCase.MAX_EXTENSION_DAYS);
    }
    moves.move(r, days, DelayCause.OTHER, caller.name().orElse(null), note, Instant.now());
    return r;
  }

  private List<ReturnCase> due(String when, Instant now) {
    var query =
        em.createQuery(
                "SELECT r FROM ReturnCase r WHERE r.status = :status AND r.keepItems = FALSE AND "
                    + when
                    + " ORDER BY r.shipBy, r.id",
                ReturnCase.class)
            .setParameter("status", ReturnStatus.APPROVED)
            .setParameter("now", now);
    if (when.contains(":horizon")) {
      query.setParameter("horizon", now.plus(DeadlineRules.REMINDER_LEAD));
    }
    return query
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(SWEEP_BATCH)
        .getResultList();
  }

  private ReturnCase find(String rma) {
    if (rma == null || !RmaNumber.isValid(rma)) {
      throw new NotFoundException("return");
    }
    return em.createNamedQuery(ReturnCase.FIND_BY_RMA, ReturnCase.class)
        .setParameter("rma", rma.strip().toUpperCase(Locale.ROOT))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("return"));
  }

  /**
   * What a sweep did in one store; {@code paused} counts returns an incident kept from expiring.
   */
  public record Swept(int reminded, int expired, int paused) {}
}
