package org.returnport.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The HTTP API for store integrations, at {@code /api/v1}: JSON, errors as RFC 9457 problem
 * details. Callers present a Keycloak access token (a store's staff) or the store's API key.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {}
