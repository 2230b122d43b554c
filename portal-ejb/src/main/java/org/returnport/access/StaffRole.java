package org.returnport.access;

/** The roles a merchant gives its staff; the names are Keycloak realm roles. */
public enum StaffRole {
  MERCHANT_ADMIN("merchant-admin"),
  MERCHANT_AGENT("merchant-agent"),
  WAREHOUSE("warehouse"),
  MODERATOR("moderator");

  private final String roleName;

  StaffRole(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }
}
