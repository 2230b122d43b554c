package org.returnport.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.newReturn;
import static org.returnport.it.returns.ReturnsFixtures.order;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Webhooks out on the deployed application, checked by a receiver of the test's own that verifies
 * every signature by the published Standard Webhooks convention (it does not use the product's
 * signing code): an endpoint registered through the API gets a return's event signed, once; a
 * failure is retried under the same id, and so is a redelivery by hand; an endpoint that keeps
 * failing is disabled and the store's admin is mailed; bad addresses and callers other than the
 * integration key are refused; another store never sees an endpoint or a delivery.
 *
 * <p>The tests' Payara runs the retry schedule on a base of 0.2 ms (ear/pom.xml), so the three days
 * of retries take about ten seconds, and takes http to localhost (so loopback addresses are only
 * refused in EndpointAddressTest, which runs without that allowance).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration WAIT = Duration.ofSeconds(60);

  static HttpServer receiver;

  /** What each path of the receiver got, in order. */
  static final Map<String, List<Received>> RECEIVED = new ConcurrentHashMap<>();

  /** The statuses each path answers, one per request; 204 once they are used up. */
  static final Map<String, ConcurrentLinkedQueue<Integer>> ANSWERS = new ConcurrentHashMap<>();

  /** Paths that answer 503 to everything. */
  static final List<String> DOWN = new CopyOnWriteArrayList<>();

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  record Received(String id, String timestamp, String signature, String body, int answered) {}

  @BeforeAll
  static void aReceiverAndAStore() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Integer next = ANSWERS.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
          int status = DOWN.contains(path) ? 503 : next == null ? 204 : next;
          var headers = exchange.getRequestHeaders();
          RECEIVED
              .computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
              .add(
                  new Received(
                      headers.getFirst("webhook-id"),
                      headers.getFirst("webhook-timestamp"),
                      headers.getFirst("webhook-signature"),
                      body,
                      status));
          byte[] answer = (status == 204 ? "" : "receiver says " + status).getBytes();
          exchange.sendResponseHeaders(status, status == 204 ? -1 : answer.length);
          if (status != 204) {
            exchange.getResponseBody().write(answer);
          }
          exchange.close();
        });
    receiver.start();
    store = StoreApi.newStore("Hooks Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @AfterAll
  static void stopTheReceiver() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void aReturnIsDeliveredSignedOnceRetriedAfterAFailureAndRedeliveredByHandUnderTheSameId() {
    String path = "/returns-" + UUID.randomUUID();
    ANSWERS.put(path, new ConcurrentLinkedQueue<>(List.of(500)));
    JsonObject endpoint = register(store, url(path), "[\"ReturnRequested\"]", 201);
    String secret = endpoint.getString("secret");
    long id = endpoint.getJsonNumber("id").longValue();
    String email = "hook-" + System.nanoTime() + "@example.com";
    String number = "WH-" + System.nanoTime();
    order(store, number, email, "DE", 2, "30.00");

    HttpResponse<String> submitted =
        store.post(
            "/api/v1/returns",
            newReturn(number, email, "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    String rma = StoreApi.json(submitted).getString("rma");
    await(() -> received(path).size() >= 2, "a failed attempt and its retry");
    List<Received> first = List.copyOf(received(path));

    assertThat(submitted.statusCode()).isEqualTo(201);
    assertThat(secret).startsWith("whsec_");
    assertThat(first).extracting(Received::answered).containsExactly(500, 204);
    assertThat(first.get(1).id()).as("the retry keeps the webhook-id").isEqualTo(first.get(0).id());
    for (Received r : first) {
      assertThat(verified(secret, r)).as("signature of %s", r).isTrue();
      assertThat(Long.parseLong(r.timestamp()))
          .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(120L));
    }
    assertThat(verified(secret, tampered(first.get(1))))
        .as("the receiver's check can fail")
        .isFalse();
    JsonObject body = json(first.get(1).body());
    assertThat(body.getString("type")).isEqualTo("ReturnRequested");
    assertThat(body.getJsonObject("data").getString("rma")).isEqualTo(rma);
    assertThat(body.getJsonObject("data").getString("eventId")).isEqualTo(first.get(0).id());
    assertThat(body.toString()).as("no tenant and no personal data").doesNotContain(email);
    assertThat(eventTypes(path)).as("only the type asked for").containsOnly("ReturnRequested");

    JsonObject delivery = deliveries(store, id).getJsonObject(0);
    assertThat(delivery.getString("status")).isEqualTo("DELIVERED");
    assertThat(delivery.getString("webhookId")).isEqualTo(first.get(0).id());
    assertThat(delivery.getJsonArray("log"))
        .extracting(a -> a.asJsonObject().getInt("statusCode"))
        .containsExactly(204, 500);
    assertThat(delivery.getJsonArray("log").getJsonObject(1).getString("excerpt"))
        .contains("receiver says 500");

    HttpResponse<String> redelivered =
        store.post(
            "/api/v1/webhooks/"
                + id
                + "/deliveries/"
                + delivery.getJsonNumber("id").longValue()
                + "/redeliver",
            "");
    await(() -> received(path).size() >= 3, "the redelivery");

    assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(202);
    Received again = received(path).get(2);
    assertThat(again.id()).isEqualTo(first.get(0).id());
    assertThat(again.body()).isEqualTo(first.get(1).body());
    assertThat(verified(secret, again)).isTrue();
    await(
        () -> deliveries(store, id).getJsonObject(0).getJsonArray("log").size() == 3,
        "the redelivery in the log");
    JsonObject logged = deliveries(store, id).getJsonObject(0);
    assertThat(logged.getJsonArray("log").getJsonObject(0).getBoolean("manual")).isTrue();
    assertThat(received(path)).as("delivered once, then once more by hand only").hasSize(3);
  }

  @Test
  void anEndpointThatKeepsFailingIsDisabledItsAdminIsMailedAndItCanBeEnabledAgain() {
    StoreApi failing = StoreApi.newStore("Failing Hooks Shop");
    ReturnsFixtures.stock(failing);
    String path = "/down-" + UUID.randomUUID();
    DOWN.add(path);
    JsonObject endpoint = register(failing, url(path), "[\"*\"]", 201);
    long id = endpoint.getJsonNumber("id").longValue();

    order(failing, "WF-" + System.nanoTime(), "f@example.com", "DE", 2, "30.00");
    await(() -> !read(failing, id).getBoolean("enabled"), "the endpoint disabled");
    var mail =
        Mailbox.mail(
            failing.merchant().email(),
            failing.merchant().storeName() + ": a webhook endpoint was disabled");
    int attempts = received(path).size();
    order(failing, "WG-" + System.nanoTime(), "g@example.com", "DE", 2, "30.00");
    WebSession admin = new WebSession();
    admin.signIn(failing.merchant().email(), failing.merchant().password());
    String console = admin.get("/console/webhooks.xhtml").text();

    assertThat(attempts).as("retried several times before giving up").isGreaterThan(3);
    assertThat(received(path)).allMatch(r -> r.answered() == 503);
    assertThat(Mailbox.text(mail)).contains(url(path));
    assertThat(deliveries(failing, id)).as("a disabled endpoint gets no new deliveries").hasSize(1);
    assertThat(deliveries(failing, id).getJsonObject(0).getString("status")).isEqualTo("FAILED");
    assertThat(console).contains(url(path)).contains("Disabled after failing");

    HttpResponse<String> enabled = failing.post("/api/v1/webhooks/" + id + "/enable", "");
    DOWN.remove(path);
    HttpResponse<String> redelivered =
        failing.post(
            "/api/v1/webhooks/"
                + id
                + "/deliveries/"
                + deliveries(failing, id).getJsonObject(0).getJsonNumber("id").longValue()
                + "/redeliver",
            "");
    await(
        () -> received(path).stream().anyMatch(r -> r.answered() == 204),
        "the redelivery after enabling");

    assertThat(enabled.statusCode()).isEqualTo(200);
    assertThat(StoreApi.json(enabled).getBoolean("enabled")).isTrue();
    assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(202);
  }

  @Test
  void badAddressesAndUnknownTypesAreRefusedAndNothingIsRegistered() {
    StoreApi refusing = StoreApi.newStore("Refusing Hooks Shop");
    for (String url :
        List.of(
            "http://hooks.example.com/in",
            "https://10.0.0.8/in",
            "https://192.168.1.1/in",
            "https://169.254.169.254/latest/meta-data",
            "https://[fd00::1]/in",
            "https://metadata.internal/in",
            "not an address")) {
      HttpResponse<String> refused =
          refusing.post(
              "/api/v1/webhooks", "{\"url\": \"" + url + "\"}", "Accept-Language", "zh-CN");
      assertThat(refused.statusCode()).as(url).isEqualTo(422);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      JsonObject problem = StoreApi.json(refused);
      assertThat(problem.getString("field")).as(url).isEqualTo("url");
      assertThat(problem.getString("title")).as("in Chinese").matches(".*\\p{IsHan}.*");
    }
    HttpResponse<String> unknownType =
        refusing.post(
            "/api/v1/webhooks",
            "{\"url\": \"https://hooks.example.com/in\", \"eventTypes\": [\"Nope\"]}");

    assertThat(unknownType.statusCode()).isEqualTo(422);
    assertThat(unknownType.body()).contains("Nope");
    assertThat(list(refusing)).isEmpty();
  }

  @Test
  void onlyTheIntegrationKeyReachesTheApi() throws Exception {
    String token =
        KeycloakForTests.accessToken(store.merchant().email(), store.merchant().password());

    HttpResponse<String> asAdmin =
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/webhooks"))
                .header("Authorization", "Bearer " + token)
                .GET());
    HttpResponse<String> asNobody =
        send(HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/webhooks")).GET());
    HttpResponse<String> registerAsAdmin =
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/webhooks"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"https://x.example.com\"}")));

    HttpResponse<String> eventsAsAdmin =
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/events"))
                .header("Authorization", "Bearer " + token)
                .GET());

    assertThat(eventsAsAdmin.statusCode()).as("the token is the store's admin").isEqualTo(200);
    assertThat(asAdmin.statusCode()).isEqualTo(404);
    assertThat(asNobody.statusCode()).isIn(401, 404);
    assertThat(registerAsAdmin.statusCode()).isEqualTo(404);
  }

  @Test
  void anotherStoreNeverSeesAnEndpointOrADelivery() {
    String path = "/mine-" + UUID.randomUUID();
    long id =
        register(store, url(path), "[\"OrderRecorded\"]", 201).getJsonNumber("id").longValue();
    order(store, "WI-" + System.nanoTime(), "i@example.com", "DE", 2, "30.00");
    await(() -> !received(path).isEmpty(), "the store's own delivery");
    long deliveryId = deliveries(store, id).getJsonObject(0).getJsonNumber("id").longValue();
    StoreApi other = StoreApi.newStore("Other Hooks Shop");
    ReturnsFixtures.stock(other);
    order(other, "WO-" + System.nanoTime(), "o@example.com", "DE", 2, "30.00");

    assertThat(list(other)).isEmpty();
    assertThat(other.get("/api/v1/webhooks/" + id).statusCode()).isEqualTo(404);
    assertThat(other.get("/api/v1/webhooks/" + id + "/deliveries").statusCode()).isEqualTo(404);
    assertThat(
            other
                .post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver", "")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            send(HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/webhooks/" + id))
                    .header("X-Api-Key", other.key())
                    .DELETE())
                .statusCode())
        .isEqualTo(404);
    assertThat(store.get("/api/v1/webhooks/" + id).statusCode()).isEqualTo(200);
    assertThat(deliveries(store, id))
        .as("deliveries are queued with the event: the other store's order queued none here")
        .hasSize(1);
  }

  // --- the receiver's own check, written from the Standard Webhooks specification ---

  /**
   * Verifies a delivery as a receiver would: HMAC-SHA256 keyed with the base64-decoded part of the
   * secret after {@code whsec_}, over {@code id.timestamp.body}, base64, compared in constant time
   * with each {@code v1,} signature of the header (it may hold several, separated by spaces).
   */
  static boolean verified(String secret, Received r) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] expected =
          hmac.doFinal(
              (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
      for (String signature : r.signature().split(" ")) {
        if (signature.startsWith("v1,")
            && MessageDigest.isEqual(
                expected, Base64.getDecoder().decode(signature.substring(3)))) {
          return true;
        }
      }
      return false;
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static Received tampered(Received r) {
    return new Received(r.id(), r.timestamp(), r.signature(), r.body().replace("{", "{ "), 0);
  }

  // --- helpers ---

  private static String url(String path) {
    return "http://localhost:" + receiver.getAddress().getPort() + path;
  }

  private static List<Received> received(String path) {
    return RECEIVED.getOrDefault(path, List.of());
  }

  private static List<String> eventTypes(String path) {
    return received(path).stream().map(r -> json(r.body()).getString("type")).toList();
  }

  private static JsonObject register(StoreApi on, String url, String types, int expected) {
    HttpResponse<String> response =
        on.post(
            "/api/v1/webhooks",
            "{\"url\": \"" + url + "\", \"eventTypes\": " + types + ", \"description\": \"test\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    return StoreApi.json(response);
  }

  private static JsonObject read(StoreApi on, long id) {
    HttpResponse<String> response = on.get("/api/v1/webhooks/" + id);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static JsonArray list(StoreApi on) {
    HttpResponse<String> response = on.get("/api/v1/webhooks");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return array(response.body());
  }

  private static JsonArray deliveries(StoreApi on, long id) {
    HttpResponse<String> response = on.get("/api/v1/webhooks/" + id + "/deliveries");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return array(response.body());
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Waits for the workers, checking often, without sleeping blindly. */
  private static void await(BooleanSupplier condition, String what) {
    Instant until = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
  }
}
