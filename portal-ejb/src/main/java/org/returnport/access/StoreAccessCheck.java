package org.returnport.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.returnport.errors.NotFoundException;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenancy.TenantScoped;

/**
 * Lets a call into a store's boundary through only when its {@link AccessRule} admits the caller's
 * role in that store; anyone else learns nothing: the answer is "not found". The rule is checked
 * where a request enters the boundaries. What one boundary then calls in another on the request's
 * behalf is part of the work already allowed, and so is the work of a job the server runs for a
 * store (entered with {@link CurrentTenant#callAs}). Runs after the tenant is scoped.
 */
@TenantScoped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class StoreAccessCheck {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  @Inject Caller caller;

  @Inject CurrentTenant currentTenant;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      if (depth == 0
          && !currentTenant.isJob()
          && !AccessRule.of(invocation.getMethod()).admits(caller.role(), caller.isIntegration())) {
        throw new NotFoundException(invocation.getMethod().getName());
      }
      return invocation.proceed();
    } finally {
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }
}
