package org.returnport.identity.control;

/** A person's given and family name, as Keycloak's user profile asks for them. */
public record PersonName(String first, String last) {}
