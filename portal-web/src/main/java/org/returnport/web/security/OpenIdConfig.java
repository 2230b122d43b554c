package org.returnport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.identity.control.KeycloakSettings;

/**
 * The OpenID Connect client settings, read by the authentication mechanism through {@code ${...}}
 * expressions, so that they come from configuration and never from the code.
 */
@Named
@ApplicationScoped
public class OpenIdConfig {

  @Inject KeycloakSettings keycloak;

  @Inject
  @ConfigProperty(name = "returnport.oidc.client-id", defaultValue = "returnport-portal")
  String clientId;

  @Inject
  @ConfigProperty(name = "returnport.oidc.client-secret")
  String clientSecret;

  public String getProviderUri() {
    return keycloak.realmUrl();
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
