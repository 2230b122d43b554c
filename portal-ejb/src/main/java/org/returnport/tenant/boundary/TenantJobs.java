package org.returnport.tenant.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.returnport.tenant.control.CurrentTenant;

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
        tenants.require(slug),
        () -> {
          work.run();
          return null;
        });
  }
}
