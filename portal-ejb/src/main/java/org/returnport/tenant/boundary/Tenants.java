package org.returnport.tenant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.returnport.errors.NotFoundException;
import org.returnport.tenant.entity.Tenant;
import org.returnport.tenant.entity.TenantLogo;
import org.returnport.tenant.entity.TenantStatus;

/** The platform's register of merchants: look-up by slug, branding, suspension. */
@Stateless
public class Tenants {

  @PersistenceContext EntityManager em;

  public Optional<Tenant> findBySlug(String slug) {
    return em.createNamedQuery(Tenant.FIND_BY_SLUG, Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public boolean isSlugTaken(String slug) {
    return findBySlug(slug).isPresent();
  }

  public Tenant require(String slug) {
    return findBySlug(slug).orElseThrow(() -> new NotFoundException("tenant " + slug));
  }

  /** The stores that are open, for the jobs the server runs for each (no person asks). */
  public List<Tenant> active() {
    return em.createQuery(
            "SELECT t FROM Tenant t WHERE t.status = :status ORDER BY t.id", Tenant.class)
        .setParameter("status", TenantStatus.ACTIVE)
        .getResultList();
  }

  @RolesAllowed("platform-admin")
  public List<Tenant> list(int first, int max) {
    return em.createNamedQuery(Tenant.FIND_ALL, Tenant.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @RolesAllowed("platform-admin")
  public Tenant suspend(String slug) {
    Tenant tenant = require(slug);
    tenant.suspend();
    return tenant;
  }

  @RolesAllowed("platform-admin")
  public Tenant reactivate(String slug) {
    Tenant tenant = require(slug);
    tenant.reactivate();
    return tenant;
  }

  /** The content hash of the store's logo, if it has one: it versions the logo's address. */
  public Optional<String> logoVersion(Tenant tenant) {
    return em.createQuery("SELECT l.sha256 FROM TenantLogo l WHERE l.tenantId = :id", String.class)
        .setParameter("id", tenant.getId())
        .getResultStream()
        .findFirst();
  }

  public Optional<TenantLogo> logo(String slug) {
    return findBySlug(slug).map(tenant -> em.find(TenantLogo.class, tenant.getId()));
  }
}
