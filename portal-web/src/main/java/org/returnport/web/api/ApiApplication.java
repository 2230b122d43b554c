package org.returnport.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The HTTP API for store integrations, at {@code /api/v1}: JSON, errors as RFC 9457 problem
 * details. Callers present a Keycloak access token (a store's staff) or the store's API key. Its
 * OpenAPI description is served at {@code /openapi}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Returnport API",
            version = "1",
            description =
                "A store's products, orders (one by one or as a Shopify export), return policy"
                    + " and returns. Errors are RFC 9457 problem details with a stable code and a"
                    + " title in the caller's Accept-Language. Money is an object with the amount as"
                    + " a decimal string: {\"amount\": \"43.05\", \"currency\": \"EUR\"}."
                    + " Calls with an API key are rate-limited (429 with Retry-After)."),
    servers = @Server(url = "/", description = "This server"),
    security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "apiKey",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = "X-Api-Key",
      description = "The store's integration key, made by its admin in the console"),
  @SecurityScheme(
      securitySchemeName = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      bearerFormat = "JWT",
      description =
          "A Keycloak access token of the store's staff (audience returnport-api);"
              + " X-Returnport-Store names the store when the person works for several")
})
public class ApiApplication extends Application {}
