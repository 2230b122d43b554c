package org.returnport.it.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Looks into and arranges the test Keycloak behind the application's back, as Keycloak's own admin
 * (the realm's onboarding service account may not change the realm, so tests cannot use it).
 */
final class KeycloakForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  // the bootstrap admin the test stack gives Keycloak (see devstack.EmbeddedKeycloak)
  private static final String KEYCLOAK_ADMIN = "admin";
  private static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

  private KeycloakForTests() {}

  static void setPasswordPolicy(String policy) throws Exception {
    String body = Json.createObjectBuilder().add("passwordPolicy", policy).build().toString();
    HttpResponse<String> response =
        HTTP.send(
            admin("")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 204) {
      throw new AssertionError("could not set the password policy: " + response.body());
    }
  }

  static boolean organizationExists(String alias) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            admin("/organizations?briefRepresentation=true&first=0&max=1000").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonArray organizations = reader.readArray();
      return organizations.stream()
          .anyMatch(o -> alias.equals(o.asJsonObject().getString("alias", "")));
    }
  }

  private static HttpRequest.Builder admin(String path) throws IOException, InterruptedException {
    return HttpRequest.newBuilder(URI.create(base() + "/admin/realms/returnport" + path))
        .header("Authorization", "Bearer " + token());
  }

  private static String token() throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username="
                            + KEYCLOAK_ADMIN
                            + "&password="
                            + KEYCLOAK_ADMIN_PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private static String base() {
    return "http://localhost:" + System.getProperty("returnport.keycloak.port");
  }
}
