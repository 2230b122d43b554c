package org.returnport.staff.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Set;
import org.returnport.platform.entity.NotFoundException;
import org.returnport.staff.entity.StaffRole;

/** Lets administrators and agents of the current store through; anyone else gets "not found". */
@ReturnsDesk
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class ReturnsDeskCheck {

  private static final Set<StaffRole> ALLOWED =
      Set.of(StaffRole.MERCHANT_ADMIN, StaffRole.MERCHANT_AGENT);

  @Inject Caller caller;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    if (caller.role().filter(ALLOWED::contains).isEmpty()) {
      throw new NotFoundException(invocation.getMethod().getName());
    }
    return invocation.proceed();
  }
}
