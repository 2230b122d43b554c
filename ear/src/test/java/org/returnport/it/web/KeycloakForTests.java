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
 * Looks into and arranges the test Keycloak behind the application's back, with the service account
 * of the realm file (its development secret).
 */
final class KeycloakForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

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

  /** The account signing in with this address: its id and whether the address is verified. */
  static jakarta.json.JsonObject user(String email) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            admin("/users?exact=true&email=" + java.net.URLEncoder.encode(email, "UTF-8"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonArray users = reader.readArray();
      if (users.isEmpty()) {
        throw new AssertionError("no account for " + email);
      }
      return users.getJsonObject(0);
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
                    URI.create(base() + "/realms/returnport/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=returnport-admin"
                            + "&client_secret=returnport-admin-dev-secret"))
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
