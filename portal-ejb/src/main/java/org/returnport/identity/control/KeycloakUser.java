package org.returnport.identity.control;

/** A Keycloak account as the portal needs to know it: who, which address, whether proved. */
public record KeycloakUser(String id, String email, boolean emailVerified) {}
