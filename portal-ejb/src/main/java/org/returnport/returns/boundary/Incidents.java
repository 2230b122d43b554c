package org.returnport.returns.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.returnport.access.AnyCaller;
import org.returnport.access.Caller;
import org.returnport.access.StaffRole;
import org.returnport.access.StoreRoles;
import org.returnport.errors.NotFoundException;
import org.returnport.events.DomainEvent;
import org.returnport.events.IncidentDeclared;
import org.returnport.returns.control.ActiveIncidents;
import org.returnport.returns.control.DeadlineMoves;
import org.returnport.returns.entity.Incident;
import org.returnport.returns.entity.IncidentTerms;
import org.returnport.returns.entity.ReturnCase;
import org.returnport.returns.entity.ReturnStatus;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Incident mode of one store: a strike, a storm or the peak after a sale slows the returns of a
 * region or carrier down. Declaring one moves the deadlines of the returns it concerns at once (one
 * timeline entry, one {@link org.returnport.events.DeadlinesMoved} and one mail each); while it is
 * on, new returns of those orders get a longer window, the store's pages show a banner and the
 * sweep lets none of those returns expire.
 */
@Stateless
@TenantScoped
public class Incidents {

  private static final List<ReturnStatus> OPEN =
      Arrays.stream(ReturnStatus.values()).filter(ReturnStatus::deadlinesOpen).toList();

  @PersistenceContext EntityManager em;

  @Inject ActiveIncidents active;

  @Inject DeadlineMoves moves;

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @Inject Event<DomainEvent> events;

  /** Declares an incident in this store; answers it with the number of returns it moved. */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public Incident declare(IncidentTerms terms) {
    return declare(terms, null, caller.name().orElse(null));
  }

  /**
   * The store's copy of an incident the operator declared across stores, in a transaction of its
   * own so that each store is scoped alone; run for each store as a job.
   */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Incident declareFromPlatform(IncidentTerms terms, long platformIncidentId, String by) {
    return declare(terms, platformIncidentId, by);
  }

  /** Ends an incident before its last day: the banner goes, expiry resumes; moved dates stay. */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  public Incident end(long id) {
    Incident incident = em.find(Incident.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (incident == null) {
      throw new NotFoundException("incident " + id);
    }
    incident.end(Instant.now());
    return incident;
  }

  /** Ends this store's copy of an operator's incident, if it is not over yet. */
  @StoreRoles(StaffRole.MERCHANT_ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void endFromPlatform(long platformIncidentId) {
    Instant now = Instant.now();
    em.createNamedQuery(Incident.FIND_BY_PLATFORM_INCIDENT, Incident.class)
        .setParameter("platformIncidentId", platformIncidentId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .filter(incident -> !incident.isOverAt(now))
        .forEach(incident -> incident.end(now));
  }

  /** The store's incidents, current and past, the latest first. */
  @StoreRoles({StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT})
  public List<Incident> list() {
    return em.createNamedQuery(Incident.FIND_ALL, Incident.class)
        .setMaxResults(200)
        .getResultList();
  }

  /** The incidents on now, for the banner of the store's shopper pages. */
  @AnyCaller
  public List<Incident> current() {
    return active.on(Instant.now());
  }

  private Incident declare(IncidentTerms terms, Long platformIncidentId, String by) {
    Instant now = Instant.now();
    Incident incident = new Incident(terms, platformIncidentId, by, now);
    em.persist(incident);
    em.flush();
    events.fire(
        new IncidentDeclared(
            currentTenant.get().orElseThrow(),
            UUID.randomUUID(),
            now,
            incident.getId(),
            incident.getCountries(),
            incident.getCarrier(),
            incident.getCause(),
            incident.getStartsAt(),
            incident.getEndsAt(),
            incident.getExtensionDays()));
    int moved = 0;
    for (ReturnCase r : concerned(incident)) {
      if (incident.affects(r.getShipCountry(), r.getHubCarrier())) {
        moves.move(
            r,
            incident.getExtensionDays(),
            incident.getCause(),
            by,
            incident.getReason().in(Locale.forLanguageTag(r.getLanguage())),
            now);
        moved++;
      }
    }
    incident.moved(moved);
    return incident;
  }

  /** The returns with open deadlines from the incident's countries, locked. */
  private List<ReturnCase> concerned(Incident incident) {
    String countries = incident.getCountries().isEmpty() ? "" : " AND r.shipCountry IN :countries";
    var query =
        em.createQuery(
                "SELECT r FROM ReturnCase r WHERE r.status IN :open AND r.keepItems = FALSE"
                    + countries
                    + " ORDER BY r.id",
                ReturnCase.class)
            .setParameter("open", OPEN);
    if (!countries.isEmpty()) {
      query.setParameter("countries", incident.getCountries());
    }
    return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
  }
}
