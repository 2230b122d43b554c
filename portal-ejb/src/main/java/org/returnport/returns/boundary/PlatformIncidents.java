package org.returnport.returns.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.returnport.errors.NotFoundException;
import org.returnport.returns.entity.IncidentTerms;
import org.returnport.returns.entity.PlatformIncident;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;
import org.returnport.tenant.entity.Tenant;

/**
 * Incidents the operator declares across all stores (a national strike, a storm over a region): the
 * operator's record, and a copy declared in each open store, which acts there as the store's own
 * incident would. A store that fails is logged and skipped; the others still get theirs.
 */
@Stateless
@RolesAllowed("platform-admin")
public class PlatformIncidents {

  private static final Logger LOG = Logger.getLogger(PlatformIncidents.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Tenants tenants;

  @Inject TenantJobs jobs;

  @Inject Incidents incidents;

  @Resource SessionContext session;

  /**
   * Declares the incident in every open store. The stores are acted for outside any transaction of
   * the operator's, each in its own, so that one store's failure neither undoes nor blocks the
   * others.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PlatformIncident declare(IncidentTerms terms) {
    String operator = session.getCallerPrincipal().getName();
    PlatformIncidents self = session.getBusinessObject(PlatformIncidents.class);
    long id = self.record(terms, operator).getId();
    int stores = 0;
    for (Tenant store : tenants.active()) {
      try {
        jobs.actFor(store, () -> incidents.declareFromPlatform(terms, id, operator));
        stores++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not declare incident " + id + " in " + store.getSlug(), e);
      }
    }
    return self.declaredIn(id, stores);
  }

  /** Ends the incident early, in every store that holds a copy of it. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PlatformIncident end(long id) {
    PlatformIncident incident = session.getBusinessObject(PlatformIncidents.class).ended(id);
    for (Tenant store : tenants.active()) {
      try {
        jobs.actFor(
            store,
            () -> {
              incidents.endFromPlatform(id);
              return null;
            });
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not end incident " + id + " in " + store.getSlug(), e);
      }
    }
    return incident;
  }

  /** The operator's record of an incident, checked and committed before any store acts on it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PlatformIncident record(IncidentTerms terms, String operator) {
    PlatformIncident incident = new PlatformIncident(terms, operator, Instant.now());
    em.persist(incident);
    return incident;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PlatformIncident declaredIn(long id, int stores) {
    PlatformIncident incident = find(id);
    incident.declaredIn(stores);
    return incident;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PlatformIncident ended(long id) {
    PlatformIncident incident = find(id);
    incident.end(Instant.now());
    return incident;
  }

  public List<PlatformIncident> list() {
    return em.createNamedQuery(PlatformIncident.FIND_ALL, PlatformIncident.class)
        .setMaxResults(200)
        .getResultList();
  }

  private PlatformIncident find(long id) {
    PlatformIncident incident = em.find(PlatformIncident.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (incident == null) {
      throw new NotFoundException("platform incident " + id);
    }
    return incident;
  }
}
