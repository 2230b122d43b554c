package org.returnport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Staff and platform operators sign in with Keycloak (authorization code flow). The realm's
 * "groups" claim carries the realm roles; the "organization" scope adds the organizations (the
 * tenants) the user belongs to.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${openIdConfig.providerUri}",
    clientId = "${openIdConfig.clientId}",
    clientSecret = "${openIdConfig.clientSecret}",
    redirectURI = "${baseURL}/callback",
    scope = {"openid", "email", "profile", "organization"},
    redirectToOriginalResource = true,
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class SignInMechanism {}
