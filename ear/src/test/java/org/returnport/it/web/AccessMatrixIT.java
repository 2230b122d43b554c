package org.returnport.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.access.AccessRule;
import org.returnport.access.StaffRole;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.web.api.ApiAccess;
import org.returnport.web.api.SignedWebhook;
import org.returnport.web.tenancy.ConsolePageRules;

/**
 * Walks every API method and every console page with a person of every kind a store meets: its
 * administrator, an agent, a warehouse worker, a moderator, its integration key, someone Keycloak
 * put into the store's organization but the store never invited, another store's administrator, and
 * nobody. The methods come from the resource classes and the pages from the console folder, and
 * what each one admits from the rule its code declares, so a new endpoint or page is walked too. A
 * person the rule does not admit must get "not found"; one it admits must get through.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CONSOLE_PAGES = "../portal-web/src/main/webapp/console";

  /** Who knocks, and the role the store gave them (none for the last three). */
  enum Visitor {
    ADMIN(StaffRole.MERCHANT_ADMIN),
    AGENT(StaffRole.MERCHANT_AGENT),
    WAREHOUSE(StaffRole.WAREHOUSE),
    MODERATOR(StaffRole.MODERATOR),
    INTEGRATION_KEY(StaffRole.MERCHANT_ADMIN),
    NEVER_INVITED(null),
    OTHER_STORES_ADMIN(null),
    NOBODY(null);

    final StaffRole role;

    Visitor(StaffRole role) {
      this.role = role;
    }

    boolean isPerson() {
      return this != INTEGRATION_KEY && this != NOBODY;
    }
  }

  private static StoreApi store;
  private static String orderNumber;
  private static String rma;
  private static final Map<Visitor, NewMerchant> people = new EnumMap<>(Visitor.class);
  private static final Map<Visitor, String> tokens = new EnumMap<>(Visitor.class);

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @BeforeAll
  static void aStoreWithItsPeople() throws Exception {
    store = StoreApi.newStore("Matrix Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    orderNumber = "MX-" + System.nanoTime();
    ReturnsFixtures.order(store, orderNumber, "mia@example.com", "FR", 3, "30.00");
    var created =
        store.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(orderNumber, "mia@example.com", "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    rma = StoreApi.json(created).getString("rma");

    people.put(Visitor.ADMIN, store.merchant());
    WebSession owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    for (Visitor staff : List.of(Visitor.AGENT, Visitor.WAREHOUSE, Visitor.MODERATOR)) {
      NewMerchant person = NewMerchant.unique(staff.name().toLowerCase());
      person.signUp(new WebSession());
      StaffInvitations.invite(owner, person.email(), staff.role);
      StaffInvitations.accept(person);
      people.put(staff, person);
    }
    NewMerchant stranger = NewMerchant.unique("stranger");
    stranger.signUp(new WebSession());
    KeycloakForTests.addToOrganizationBehindTheStoresBack(
        store.merchant().slug(), stranger.email());
    people.put(Visitor.NEVER_INVITED, stranger);
    NewMerchant other = NewMerchant.unique("other");
    other.signUp(new WebSession());
    people.put(Visitor.OTHER_STORES_ADMIN, other);
    for (var person : people.entrySet()) {
      tokens.put(
          person.getKey(),
          KeycloakForTests.accessToken(person.getValue().email(), person.getValue().password()));
    }
  }

  @Test
  void everyApiMethodAnswersOnlyTheRolesItsRuleAdmits() throws Exception {
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).extracting(Endpoint::toString).contains("GET /api/v1/store");
    // Loyalty: the store's and the member's own points endpoints, and the store's own events.
    assertThat(endpoints)
        .extracting(Endpoint::toString)
        .contains(
            "POST /api/v1/loyalty/activities",
            "GET /api/v1/loyalty/members",
            "GET /api/v1/loyalty/members/{id}",
            "GET /api/v1/loyalty/members/{id}/ledger",
            "POST /api/v1/loyalty/members/{id}/redemptions",
            "GET /api/v1/loyalty/me",
            "GET /api/v1/loyalty/me/ledger",
            "POST /api/v1/loyalty/me/redemptions");
    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : endpoints) {
      AccessRule rule = AccessRule.of(endpoint.method());
      for (Visitor visitor : Visitor.values()) {
        HttpResponse<String> response = call(endpoint, visitor);
        int status = response.statusCode();
        String what = visitor + " " + endpoint;
        if (endpoint.method().isAnnotationPresent(SignedWebhook.class)) {
          // Its credential is the body's signature alone: no key or token stands in for it.
          softly.assertThat(status).as(what).isEqualTo(401);
          softly.assertThat(problemCode(response)).as(what).isEqualTo("forged-signature");
        } else if (visitor == Visitor.NOBODY) {
          softly.assertThat(status).as(what).isEqualTo(401);
        } else if (rule.admits(
                Optional.ofNullable(visitor.role), visitor == Visitor.INTEGRATION_KEY)
            && visitor != Visitor.OTHER_STORES_ADMIN) {
          // Let in: whatever it answers, it is not the refusal ("not found" of the access rule).
          softly.assertThat(status).as(what).isNotIn(401, 403);
          softly
              .assertThat(status == 404 ? problemCode(response) : "")
              .as(what)
              .isNotEqualTo("not-found");
        } else {
          softly.assertThat(status).as(what).isEqualTo(404);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyConsolePageOpensOnlyForTheRolesItsBackingBeanAdmits() throws Exception {
    List<String> pages;
    try (Stream<java.nio.file.Path> files = Files.list(Paths.get(CONSOLE_PAGES))) {
      // Choosing among one's stores needs membership of several, not a role in one.
      pages =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".xhtml") && !name.equals("switch.xhtml"))
              .sorted()
              .toList();
    }
    assertThat(pages).contains("index.xhtml", "policy.xhtml", "returns.xhtml", "staff.xhtml");
    SoftAssertions softly = new SoftAssertions();
    for (Visitor visitor : Visitor.values()) {
      if (!visitor.isPerson() || visitor == Visitor.OTHER_STORES_ADMIN) {
        continue;
      }
      WebSession session = new WebSession();
      NewMerchant person = people.get(visitor);
      session.signIn(person.email(), person.password());
      if (visitor != Visitor.ADMIN) {
        // Everyone else also works for a store of their own, so they pick this one first.
        StaffInvitations.chooseStore(session, store.merchant().slug());
      }
      for (String page : pages) {
        String path = "/console/" + page;
        Class<?> backing =
            Class.forName(ConsolePageRules.codeOf(path, null).orElseThrow(), false, loader());
        boolean admitted = AccessRule.of(backing).admits(Optional.ofNullable(visitor.role));
        int status =
            session.get(path + (page.equals("return.xhtml") ? "?rma=" + rma : "")).status();
        softly.assertThat(status).as(visitor + " " + path).isEqualTo(admitted ? 200 : 404);
      }
    }
    softly.assertAll();
  }

  private static HttpResponse<String> call(Endpoint endpoint, Visitor visitor)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(WebSession.BASE.resolve(endpoint.concretePath()));
    switch (visitor) {
      case INTEGRATION_KEY -> request.header("X-Api-Key", store.key());
      case NOBODY -> {}
      default ->
          request
              .header("Authorization", "Bearer " + tokens.get(visitor))
              .header("X-Returnport-Store", store.merchant().slug());
    }
    if (endpoint.verb().equals("GET") || endpoint.verb().equals("DELETE")) {
      request.method(endpoint.verb(), HttpRequest.BodyPublishers.noBody());
    } else {
      // An empty body: whoever is admitted is told what is missing, nobody else learns anything.
      boolean csv = endpoint.consumes().contains("text/csv");
      request
          .header("Content-Type", csv ? "text/csv" : "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .method(endpoint.verb(), HttpRequest.BodyPublishers.ofString(csv ? "" : "{}"));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The problem's code, for telling a refusal from an answer that found nothing. */
  private static String problemCode(HttpResponse<String> response) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readObject().getString("code", "");
    } catch (RuntimeException e) {
      return "";
    }
  }

  /** One JAX-RS resource method: its verb, its path under /api/v1, what it reads. */
  record Endpoint(String verb, String path, String consumes, Method method) {

    String concretePath() {
      return path.replace("{sku}", "TEE")
          .replace("{store}", store.merchant().slug())
          .replace("{number}", orderNumber)
          .replace("{rma}", rma)
          .replace("{version}", "1")
          .replace("{id}", "1")
          .replace("{deliveryId}", "1")
          .replace("{code}", "2222-2222-2222-2222-2222")
          .replace("{key}", "access-matrix");
    }

    @Override
    public String toString() {
      return verb + " " + path;
    }
  }

  /** Every resource method of the API, read from the classes of its package. */
  static List<Endpoint> endpoints() throws Exception {
    List<Endpoint> endpoints = new ArrayList<>();
    URI location = ApiAccess.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    String apiPackage = ApiAccess.class.getPackageName().replace('.', '/') + "/";
    List<String> classNames = new ArrayList<>();
    if (location.getPath().endsWith(".jar")) {
      try (JarFile jar = new JarFile(Paths.get(location).toFile())) {
        jar.stream()
            .map(java.util.zip.ZipEntry::getName)
            .filter(name -> name.startsWith(apiPackage) && name.endsWith(".class"))
            .forEach(classNames::add);
      }
    } else {
      try (Stream<java.nio.file.Path> files = Files.list(Paths.get(location).resolve(apiPackage))) {
        files.map(f -> apiPackage + f.getFileName()).forEach(classNames::add);
      }
    }
    for (String className : classNames) {
      Class<?> type =
          Class.forName(
              className.substring(0, className.length() - 6).replace('/', '.'), false, loader());
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        Optional<String> verb = verbOf(method);
        if (verb.isEmpty()) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        Consumes consumes =
            Optional.ofNullable(method.getAnnotation(Consumes.class))
                .orElse(type.getAnnotation(Consumes.class));
        endpoints.add(
            new Endpoint(
                verb.get(),
                "/api/v1/" + root.value() + (sub == null ? "" : "/" + sub.value()),
                consumes == null ? "application/json" : String.join(",", consumes.value()),
                method));
      }
    }
    return endpoints;
  }

  private static Optional<String> verbOf(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return Optional.of("GET");
    }
    if (method.isAnnotationPresent(POST.class)) {
      return Optional.of("POST");
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return Optional.of("PUT");
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return Optional.of("DELETE");
    }
    return method.isAnnotationPresent(PATCH.class) ? Optional.of("PATCH") : Optional.empty();
  }

  private static ClassLoader loader() {
    return AccessMatrixIT.class.getClassLoader();
  }
}
