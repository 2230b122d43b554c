package org.returnport.eventlog.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.eventlog.entity.EventLogEntry;
import org.returnport.tenancy.TenantScoped;

/**
 * The store's event log as its integrations read it: from a point in time on, oldest first, of all
 * types or of one. Events fired in the same instant share their time, so a reader that goes on from
 * the last time it saw skips the event ids it already has.
 */
@Stateless
@TenantScoped
@StoreRoles(StaffRole.MERCHANT_ADMIN)
public class EventFeed {

  /** The most events one page holds. */
  public static final int PAGE_MAX = 200;

  @PersistenceContext EntityManager em;

  public List<EventLogEntry> since(Instant since, String type, int first, int max) {
    return em.createNamedQuery(EventLogEntry.SINCE, EventLogEntry.class)
        .setParameter("since", since)
        .setParameter("type", type)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), PAGE_MAX))
        .getResultList();
  }

  public long count(Instant since, String type) {
    return em.createNamedQuery(EventLogEntry.COUNT_SINCE, Long.class)
        .setParameter("since", since)
        .setParameter("type", type)
        .getSingleResult();
  }
}
