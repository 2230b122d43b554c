package org.returnport.tenant.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Scopes the transaction's persistence context to the current tenant, so that every find, JPQL
 * query, update and delete of a tenant-owned entity is filtered by EclipseLink on {@code
 * TENANT_ID}. It runs inside the boundary's transaction, so it sets the property on the very
 * persistence context the boundary then uses.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantIsolation {

  @PersistenceContext EntityManager em;

  @Inject CurrentTenant currentTenant;

  @AroundInvoke
  public Object scope(InvocationContext invocation) throws Exception {
    em.setProperty(Tenancy.CONTEXT_PROPERTY, currentTenant.require().id());
    return invocation.proceed();
  }
}
