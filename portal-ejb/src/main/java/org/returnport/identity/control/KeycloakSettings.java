package org.returnport.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is and how the portal talks to it; all from configuration (environment). */
@ApplicationScoped
public class KeycloakSettings {

  @Inject
  @ConfigProperty(name = "returnport.keycloak.url")
  String url;

  @Inject
  @ConfigProperty(name = "returnport.keycloak.realm", defaultValue = "returnport")
  String realm;

  @Inject
  @ConfigProperty(name = "returnport.keycloak.admin-client-id", defaultValue = "returnport-admin")
  String adminClientId;

  @Inject
  @ConfigProperty(name = "returnport.keycloak.admin-client-secret")
  String adminClientSecret;

  public String realmUrl() {
    return stripSlash(url) + "/realms/" + realm;
  }

  public String adminUrl() {
    return stripSlash(url) + "/admin/realms/" + realm;
  }

  public String adminClientId() {
    return adminClientId;
  }

  public String adminClientSecret() {
    return adminClientSecret;
  }

  private static String stripSlash(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
