package org.returnport.tenant.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.returnport.tenancy.CurrentTenant;
import org.returnport.tenant.entity.Tenant;

/**
 * Runs long work (an import) in the background for the store given by its slug: the job's thread
 * acts for that store only, as a request would.
 */
@Stateless
public class TenantJobs {

  @Inject Tenants tenants;

  @Inject CurrentTenant currentTenant;

  @Asynchronous
  public void run(String slug, Runnable work) {
    currentTenant.callAs(
        tenants.require(slug).ref(),
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Does work for the given store now, on this thread, as the server rather than as a person (demo
   * seeding, test fixtures). Each boundary called inside starts its own transaction.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public <T> T actFor(Tenant tenant, Supplier<T> work) {
    return currentTenant.callAs(tenant.ref(), work);
  }
}
