package org.returnport.tenancy;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

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

  @Inject PersistenceScope persistence;

  @Inject CurrentTenant currentTenant;

  @AroundInvoke
  public Object scope(InvocationContext invocation) throws Exception {
    persistence.scopeTo(currentTenant.require().id());
    return invocation.proceed();
  }
}
