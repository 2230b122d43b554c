package org.returnport.tenant.entity;

public enum TenantStatus {
  ACTIVE,
  SUSPENDED
}
