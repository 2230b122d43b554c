package org.returnport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;

/**
 * Staff and platform operators sign in with Keycloak (authorization code flow). The realm's
 * "groups" claim carries the realm roles. The stores a person works for are read from Keycloak's
 * organizations by the console (ConsoleTenantFilter), not asked for as the "organization" scope:
 * that scope makes Keycloak ask people of several stores to pick one at sign-in, and the catch-all
 * "organization:*" is not in the scopes Keycloak advertises, which the mechanism checks. Browsers
 * go to Keycloak through {@link SignInRelayServlet}, which adds the store of a member sign-in.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${openIdConfig.providerUri}",
    clientId = "${openIdConfig.clientId}",
    clientSecret = "${openIdConfig.clientSecret}",
    providerMetadata =
        @OpenIdProviderMetadata(authorizationEndpoint = "${openIdConfig.authorizationRelay}"),
    redirectURI = "${baseURL}/callback",
    scope = {"openid", "email", "profile"},
    redirectToOriginalResource = true,
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out"))
public class SignInMechanism {}
