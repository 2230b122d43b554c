package org.returnport.tenant.entity;

public enum TenantStatus {
  /** Signed up, but the merchant has not yet followed the link sent to the sign-up address. */
  UNVERIFIED,
  ACTIVE,
  SUSPENDED
}
