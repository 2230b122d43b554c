package org.returnport.staff.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.staff.entity.StaffRole;

/**
 * Lets the call through when the signed-in caller is an administrator of the current store; anyone
 * else learns nothing: the answer is "not found". Runs after the tenant is scoped.
 */
@StoreAdmin
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class StoreAdminCheck {

  @Inject Caller caller;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    if (caller.role().filter(role -> role == StaffRole.MERCHANT_ADMIN).isEmpty()) {
      throw new NotFoundException(invocation.getMethod().getName());
    }
    return invocation.proceed();
  }
}
