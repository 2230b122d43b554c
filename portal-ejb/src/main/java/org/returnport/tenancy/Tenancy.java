package org.returnport.tenancy;

/**
 * The one name under which EclipseLink finds the current tenant. Every tenant-owned entity declares
 * {@code @TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty =
 * Tenancy.CONTEXT_PROPERTY)}; {@link TenantIsolation} sets it on the persistence context.
 */
public final class Tenancy {

  public static final String CONTEXT_PROPERTY = "returnport.tenant-id";
  public static final String COLUMN = "TENANT_ID";

  private Tenancy() {}
}
