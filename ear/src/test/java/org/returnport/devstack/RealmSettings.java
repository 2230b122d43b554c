package org.returnport.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings a realm that Keycloak imported in an earlier run up to date with the realm file. Keycloak
 * imports a realm only once, so without this a run-command Keycloak whose data predates a setting
 * (the login theme, sign-up) would keep its old value. Only the settings named here are written,
 * through Keycloak's admin REST API as its bootstrap admin; users, organizations and everything
 * else the realm holds stay as they are.
 */
final class RealmSettings {

  private static final Logger LOG = Logger.getLogger(RealmSettings.class.getName());
  private static final String REALM = "returnport";
  private static final String PORTAL_CLIENT = "returnport-portal";

  /** What member sign-in needs of the realm: its theme, open sign-up and the password rule. */
  static final List<String> REALM_KEYS =
      List.of(
          "loginTheme",
          "registrationAllowed",
          "registrationEmailAsUsername",
          "resetPasswordAllowed",
          "passwordPolicy",
          "internationalizationEnabled",
          "supportedLocales",
          "defaultLocale");

  /** The portal client's address, which the login theme links the store's style sheet from. */
  static final List<String> PORTAL_CLIENT_KEYS = List.of("rootUrl", "baseUrl");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String keycloakUrl;
  private final String token;

  private RealmSettings(String keycloakUrl, String token) {
    this.keycloakUrl = keycloakUrl;
    this.token = token;
  }

  /**
   * Writes the realm file's values of {@link #REALM_KEYS} and {@link #PORTAL_CLIENT_KEYS} into the
   * running realm, with the file's placeholders replaced as Keycloak's import replaces them.
   */
  static void apply(StackSettings settings) throws IOException, InterruptedException {
    JsonObject file = realmFile(settings.realmFile(), settings.realmEnvironment());
    RealmSettings admin =
        new RealmSettings(
            settings.keycloakUrl(),
            adminToken(
                settings.keycloakUrl(),
                EmbeddedKeycloak.ADMIN_USER,
                EmbeddedKeycloak.ADMIN_PASSWORD));
    admin.put("/admin/realms/" + REALM, only(file, REALM_KEYS));
    JsonObject portal =
        file.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
            .filter(client -> PORTAL_CLIENT.equals(client.getString("clientId")))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no " + PORTAL_CLIENT + " in the realm file"));
    String id =
        admin
            .getArray("/admin/realms/" + REALM + "/clients?clientId=" + encode(PORTAL_CLIENT))
            .getJsonObject(0)
            .getString("id");
    admin.put("/admin/realms/" + REALM + "/clients/" + id, only(portal, PORTAL_CLIENT_KEYS));
    LOG.info(() -> "Realm " + REALM + ": sign-in settings taken from " + settings.realmFile());
  }

  /** The realm file's password policy with {@code rules} added (tests only: see the caller). */
  static void hashPasswordsFast(StackSettings settings, String rules)
      throws IOException, InterruptedException {
    JsonObject file = realmFile(settings.realmFile(), settings.realmEnvironment());
    RealmSettings admin =
        new RealmSettings(
            settings.keycloakUrl(),
            adminToken(
                settings.keycloakUrl(),
                EmbeddedKeycloak.ADMIN_USER,
                EmbeddedKeycloak.ADMIN_PASSWORD));
    admin.put(
        "/admin/realms/" + REALM,
        Json.createObjectBuilder()
            .add("passwordPolicy", file.getString("passwordPolicy") + rules)
            .build());
  }

  static JsonObject realmFile(Path file, Map<String, String> placeholders) throws IOException {
    String text = Files.readString(file);
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      text = text.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonObject only(JsonObject source, List<String> keys) {
    JsonObjectBuilder kept = Json.createObjectBuilder();
    for (String key : keys) {
      if (source.containsKey(key)) {
        kept.add(key, source.get(key));
      }
    }
    return kept.build();
  }

  private static String adminToken(String keycloakUrl, String user, String password)
      throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + encode(user)
            + "&password="
            + encode(password);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak's bootstrap admin could not sign in (" + response.statusCode() + ")");
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  private void put(String path, JsonObject body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 204) {
      throw new IllegalStateException(
          "Keycloak refused " + path + " (" + response.statusCode() + "): " + response.body());
    }
  }

  private jakarta.json.JsonArray getArray(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused " + path + " (" + response.statusCode() + "): " + response.body());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(keycloakUrl + path))
        .header("Authorization", "Bearer " + token);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
