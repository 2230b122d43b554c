package org.returnport.it.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.returnport.devstack.IntegrationStack;

/**
 * Looks into and arranges the test Keycloak behind the application's back, as Keycloak's own admin
 * (the realm's onboarding service account may not change the realm, so tests cannot use it).
 */
public final class KeycloakForTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  // the bootstrap admin the test stack gives Keycloak (see devstack.EmbeddedKeycloak)
  private static final String KEYCLOAK_ADMIN = "admin";
  private static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

  private KeycloakForTests() {}

  static void setPasswordPolicy(String policy) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("passwordPolicy", policy + IntegrationStack.FAST_HASHING)
            .build()
            .toString();
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

  /**
   * Makes a user a member of a store's organization in Keycloak only, as a careless or malicious
   * Keycloak administrator could: the store itself never invited them.
   */
  public static void addToOrganizationBehindTheStoresBack(String alias, String email)
      throws Exception {
    String organizationId =
        array(admin("/organizations?briefRepresentation=true&first=0&max=1000").GET().build())
            .stream()
            .map(o -> o.asJsonObject())
            .filter(o -> alias.equals(o.getString("alias", "")))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String userId =
        array(admin("/users?exact=true&email=" + encode(email)).GET().build())
            .getJsonObject(0)
            .getString("id");
    HttpResponse<String> added =
        HTTP.send(
            admin("/organizations/" + organizationId + "/members")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createValue(userId).toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (added.statusCode() != 201) {
      throw new AssertionError("could not add the member: " + added.body());
    }
  }

  /**
   * Creates an account as a shopper who signs up in Keycloak gets one, with the address verified or
   * not; answers its id.
   */
  public static String createShopper(String email, String password, boolean verified)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("enabled", true)
            .add("emailVerified", verified)
            .add("firstName", "Shopper")
            .add("lastName", "Test")
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build()
            .toString();
    HttpResponse<String> created =
        HTTP.send(
            admin("/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new AssertionError("could not create " + email + ": " + created.body());
    }
    return user(email).getString("id");
  }

  /** Whether Keycloak counts the account's address as verified. */
  public static boolean isEmailVerified(String email) throws Exception {
    return user(email).getBoolean("emailVerified", false);
  }

  /** A Keycloak access token for the API, by the password grant of the portal's client. */
  public static String accessToken(String email, String password) throws Exception {
    String form =
        "grant_type=password&client_id=returnport-portal"
            + "&client_secret=returnport-portal-dev-secret&scope="
            + encode("openid organization:*")
            + "&username="
            + encode(email)
            + "&password="
            + encode(password);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/realms/returnport/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError("no token for " + email + ": " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private static JsonArray array(HttpRequest request) throws Exception {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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
