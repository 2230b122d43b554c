package org.returnport.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Holds the reference to the shared persistence unit on behalf of {@link TenantIsolation}. An
 * interceptor's own resource references are looked up in the module of the bean it intercepts
 * (loyalty.jar, forum.jar), where they are not declared; a bean of this module is looked up here.
 * Within one transaction the persistence context is the same for every module.
 */
@ApplicationScoped
class PersistenceScope {

  @PersistenceContext EntityManager em;

  void scopeTo(Long tenantId) {
    em.setProperty(Tenancy.CONTEXT_PROPERTY, tenantId);
  }
}
