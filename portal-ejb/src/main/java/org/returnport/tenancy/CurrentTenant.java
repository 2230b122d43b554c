package org.returnport.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current request or job acts for. It is entered once, by the component that
 * resolved it (the slug in the URL, the signed-in user's organization, the API token or key), and
 * read only by {@link TenantIsolation}.
 */
@RequestScoped
public class CurrentTenant {

  private TenantRef tenant;
  private boolean job;

  public void enter(TenantRef resolved) {
    if (tenant != null && !tenant.id().equals(resolved.id())) {
      throw new IllegalStateException("a request acts for one tenant only");
    }
    this.tenant = resolved;
    labelThread(resolved.slug());
  }

  /**
   * Payara writes the thread name into every log line: naming the tenant there makes each line of
   * the request say which store it was for. The web layer restores the name after the request.
   */
  private static void labelThread(String slug) {
    Thread thread = Thread.currentThread();
    thread.setName(thread.getName() + " tenant=" + slug);
  }

  /**
   * Runs work for a given tenant and then restores the previous one: for jobs that go through
   * tenants one after the other. Each boundary called inside starts its own transaction, so each
   * persistence context is scoped to one tenant only.
   */
  public <T> T callAs(TenantRef tenant, Supplier<T> work) {
    TenantRef previous = this.tenant;
    boolean previousJob = this.job;
    String threadName = Thread.currentThread().getName();
    this.tenant = tenant;
    this.job = true;
    labelThread(tenant.slug());
    try {
      return work.get();
    } finally {
      this.tenant = previous;
      this.job = previousJob;
      Thread.currentThread().setName(threadName);
    }
  }

  /**
   * Whether the server itself acts for the tenant (a job entered with {@link #callAs}), rather than
   * a request of someone whose store role decides what they may do.
   */
  public boolean isJob() {
    return job;
  }

  public Optional<TenantRef> get() {
    return Optional.ofNullable(tenant);
  }

  TenantRef require() {
    if (tenant == null) {
      throw new IllegalStateException("no tenant entered for this request");
    }
    return tenant;
  }

  /** Id and slug only: enough to scope queries and to log, nothing to leak. */
  public record TenantRef(Long id, String slug) {}
}
