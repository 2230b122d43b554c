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

  /** Keycloak's authorization endpoint (standard for an OpenID Connect realm of Keycloak). */
  public String getKeycloakAuthorizationEndpoint() {
    return keycloak.realmUrl() + "/protocol/openid-connect/auth";
  }

  /**
   * Where the mechanism sends browsers to sign in: our relay to Keycloak, which adds what a member
   * sign-in needs (the application runs at the server's root).
   */
  public String getAuthorizationRelay() {
    return SignInRelayServlet.PATH;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }
}
