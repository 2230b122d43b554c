package org.returnport.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The few Keycloak admin REST calls the portal needs (organizations, users, realm roles), made with
 * the JDK's HTTP client under the portal's service account. The admin-client jar is not used on
 * purpose: it brings its own JAX-RS implementation, which takes over the server's.
 */
@ApplicationScoped
public class KeycloakAdmin {

  /** How long before its expiry the admin token is replaced, to cover clock skew and slow calls. */
  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private volatile ServiceToken serviceToken;

  @Inject KeycloakSettings settings;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /**
   * The organization attribute holding the store's name as its members see it on Keycloak's pages.
   * The organization's own name cannot be it: Keycloak wants those unique in the realm, while two
   * merchants may both call their store "Nova".
   */
  public static final String STORE_NAME = "storeName";

  /** Creates an organization whose alias is the tenant slug; answers its id. */
  public String createOrganization(String alias, String storeName) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", organizationName(alias, storeName))
            .add("alias", alias)
            .add("attributes", storeNameAttribute(storeName))
            .build();
    HttpResponse<String> response = send(post("/organizations", body));
    expect(response, 201, "create organization " + alias);
    return idFromLocation(response);
  }

  /**
   * Finds an organization by alias, a page at a time (the admin API's search looks at names and
   * domains, not aliases). Only for tenants onboarded before their organization id was kept.
   */
  public Optional<String> findOrganizationId(String alias) {
    int pageSize = 100;
    for (int first = 0; ; first += pageSize) {
      HttpResponse<String> response =
          send(get("/organizations?briefRepresentation=true&first=" + first + "&max=" + pageSize));
      expect(response, 200, "list organizations");
      JsonArray page = readArray(response.body());
      Optional<String> found =
          page.stream()
              .map(JsonValue::asJsonObject)
              .filter(org -> alias.equals(org.getString("alias", "")))
              .map(org -> org.getString("id"))
              .findFirst();
      if (found.isPresent() || page.size() < pageSize) {
        return found;
      }
    }
  }

  /** The aliases of the organizations a user is a member of. */
  public List<String> organizationsOf(String userId) {
    HttpResponse<String> response =
        send(
            get(
                "/organizations/members/"
                    + encode(userId)
                    + "/organizations?briefRepresentation=true"));
    expect(response, 200, "organizations of user");
    return readArray(response.body()).stream()
        .map(org -> org.asJsonObject().getString("alias", ""))
        .filter(alias -> !alias.isEmpty())
        .toList();
  }

  /**
   * Gives a store's organization the store's current name, which Keycloak's login pages show the
   * store's members. Like a user, the whole organization is read and written back.
   */
  public void renameOrganization(String organizationId, String storeName) {
    HttpResponse<String> current = send(get("/organizations/" + encode(organizationId)));
    expect(current, 200, "read organization");
    JsonObject read = readObject(current.body());
    JsonObject attributes =
        Json.createObjectBuilder(
                read.getJsonObject("attributes") == null
                    ? JsonValue.EMPTY_JSON_OBJECT
                    : read.getJsonObject("attributes"))
            .add(STORE_NAME, Json.createArrayBuilder().add(storeName))
            .build();
    JsonObject organization =
        Json.createObjectBuilder(read)
            .add("name", organizationName(read.getString("alias", ""), storeName))
            .add("attributes", attributes)
            .build();
    HttpRequest update =
        authorized(adminUri("/organizations/" + encode(organizationId)))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(organization.toString()))
            .build();
    expect(send(update), 204, "rename organization");
  }

  private static String organizationName(String alias, String storeName) {
    return storeName + " (" + alias + ")";
  }

  private static JsonObject storeNameAttribute(String storeName) {
    return Json.createObjectBuilder()
        .add(STORE_NAME, Json.createArrayBuilder().add(storeName))
        .build();
  }

  public void deleteOrganization(String organizationId) {
    HttpResponse<String> response = send(delete("/organizations/" + organizationId));
    if (response.statusCode() != 204 && response.statusCode() != 404) {
      throw new IdentityProviderException("delete organization", response.statusCode());
    }
  }

  /**
   * Creates an enabled user signing in with its e-mail and the password given; answers its id.
   * Whether the address counts as verified is the caller's to say: only once its owner has followed
   * a link sent there.
   */
  public String createUser(String email, PersonName name, String password, boolean emailVerified) {
    var user =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("enabled", true)
            .add("emailVerified", emailVerified);
    if (name != null) {
      user.add("firstName", name.first()).add("lastName", name.last());
    }
    user.add(
        "credentials",
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "password")
                    .add("value", password)
                    .add("temporary", false)));
    HttpResponse<String> response = send(post("/users", user.build()));
    expect(response, 201, "create user");
    return idFromLocation(response);
  }

  /** The user signing in with this e-mail, if there is one. */
  public Optional<KeycloakUser> findUser(String email) {
    HttpResponse<String> response = send(get("/users?exact=true&email=" + encode(email)));
    expect(response, 200, "find user");
    return readArray(response.body()).stream()
        .map(JsonValue::asJsonObject)
        .map(KeycloakAdmin::toUser)
        .findFirst();
  }

  public Optional<KeycloakUser> user(String userId) {
    HttpResponse<String> response = send(get("/users/" + encode(userId)));
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    expect(response, 200, "read user");
    return Optional.of(toUser(readObject(response.body())));
  }

  /**
   * When Keycloak last ended all of the user's sessions (its "not before": tokens issued earlier no
   * longer count), if it ever did.
   */
  public Optional<Instant> sessionsEndedAt(String userId) {
    HttpResponse<String> response = send(get("/users/" + encode(userId)));
    expect(response, 200, "read user");
    int notBefore = readObject(response.body()).getInt("notBefore", 0);
    return notBefore == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(notBefore));
  }

  /** The person proved, by a link sent there, that the account's address is theirs. */
  public void markEmailVerified(String userId) {
    updateUser(userId, Json.createObjectBuilder().add("emailVerified", true));
  }

  /**
   * Gives an account whose address was never proved to the person who just proved it: their name
   * and password replace whatever the first registrant chose, and the first registrant's sessions
   * end. Without this, someone who typed in another person's address first would share that
   * person's account.
   */
  public void claimUnverified(String userId, PersonName name, String password) {
    HttpRequest reset =
        authorized(adminUri("/users/" + encode(userId) + "/reset-password"))
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", password)
                        .add("temporary", false)
                        .build()
                        .toString()))
            .build();
    expect(send(reset), 204, "reset password");
    updateUser(
        userId,
        Json.createObjectBuilder()
            .add("emailVerified", true)
            .add("firstName", name.first())
            .add("lastName", name.last()));
    expect(
        send(post("/users/" + encode(userId) + "/logout", JsonValue.EMPTY_JSON_OBJECT)),
        204,
        "end sessions");
  }

  /**
   * Changes some fields of a user: the whole representation is read and written back, since a
   * partial one may clear attributes the user profile does not list.
   */
  private void updateUser(String userId, jakarta.json.JsonObjectBuilder changes) {
    HttpResponse<String> current = send(get("/users/" + encode(userId)));
    expect(current, 200, "read user");
    var user = Json.createObjectBuilder(readObject(current.body()));
    changes.build().forEach(user::add);
    HttpRequest update =
        authorized(adminUri("/users/" + encode(userId)))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(user.build().toString()))
            .build();
    expect(send(update), 204, "update user");
  }

  private static KeycloakUser toUser(JsonObject user) {
    return new KeycloakUser(
        user.getString("id"), user.getString("email", ""), user.getBoolean("emailVerified", false));
  }

  public Optional<String> findUserId(String email) {
    HttpResponse<String> response = send(get("/users?exact=true&email=" + encode(email)));
    expect(response, 200, "find user");
    return readArray(response.body()).stream()
        .map(u -> u.asJsonObject().getString("id"))
        .findFirst();
  }

  public void deleteUser(String userId) {
    HttpResponse<String> response = send(delete("/users/" + userId));
    if (response.statusCode() != 204 && response.statusCode() != 404) {
      throw new IdentityProviderException("delete user", response.statusCode());
    }
  }

  public void grantRealmRole(String userId, String roleName) {
    HttpResponse<String> role = send(get("/roles/" + encode(roleName)));
    expect(role, 200, "read role " + roleName);
    JsonArray roles = Json.createArrayBuilder().add(readObject(role.body())).build();
    expect(
        send(post("/users/" + userId + "/role-mappings/realm", roles)),
        204,
        "grant role " + roleName);
  }

  public void addMember(String organizationId, String userId) {
    HttpRequest request =
        authorized(adminUri("/organizations/" + organizationId + "/members"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.createValue(userId).toString()))
            .build();
    expect(send(request), 201, "add member");
  }

  /** The realm's settings, as the admin API shows them to a viewer of the realm. */
  public JsonObject realm() {
    HttpResponse<String> response = send(get(""));
    expect(response, 200, "read realm");
    return readObject(response.body());
  }

  private HttpRequest get(String path) {
    return authorized(adminUri(path)).GET().build();
  }

  private HttpRequest delete(String path) {
    return authorized(adminUri(path)).DELETE().build();
  }

  private HttpRequest post(String path, JsonValue body) {
    return authorized(adminUri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private HttpRequest.Builder authorized(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + serviceAccountToken());
  }

  /**
   * The admin client's access token, fetched again only shortly before it expires: member pages ask
   * Keycloak about the signed-in account on every view. Two threads may both fetch a fresh one at
   * the turn; either token is good.
   */
  private String serviceAccountToken() {
    ServiceToken current = serviceToken;
    if (current == null || !Instant.now().isBefore(current.renewAt())) {
      current = fetchServiceAccountToken();
      serviceToken = current;
    }
    return current.value();
  }

  private ServiceToken fetchServiceAccountToken() {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(settings.adminClientId())
            + "&client_secret="
            + encode(settings.adminClientSecret());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.realmUrl() + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request);
    expect(response, 200, "service account token");
    JsonObject token = readObject(response.body());
    long lifetime = token.getJsonNumber("expires_in").longValue();
    return new ServiceToken(
        token.getString("access_token"),
        Instant.now().plusSeconds(Math.max(0, lifetime - TOKEN_MARGIN.toSeconds())));
  }

  private record ServiceToken(String value, Instant renewAt) {}

  private URI adminUri(String path) {
    return URI.create(settings.adminUrl() + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IdentityProviderException("Keycloak unreachable at " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderException("interrupted calling Keycloak", e);
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() != status) {
      throw new IdentityProviderException(what, response.statusCode());
    }
  }

  private static String idFromLocation(HttpResponse<String> response) {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new IdentityProviderException("no Location header", 201));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static JsonArray readArray(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  private static JsonObject readObject(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
