package org.returnport.it.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Parcels on the deployed application: an approved return is booked with the sandbox carrier
 * ({@code LabelReady} in the event log), AfterShip webhooks signed with the secret the store's
 * administrator reads in the console are applied once (forged, replayed, stale, unknown and
 * oversized ones change nothing), and a sandbox parcel travels on the test clock, with its delay,
 * until it is delivered to the hub ({@code ParcelScanned} for each scan, once).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ParcelsIT {

  static StoreApi store;
  static String secret;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(List.of(SandboxClockDriver.class), List.of());
  }

  @BeforeAll
  static void aStoreWhoseHubsUseTheSandboxCarrier() {
    store = StoreApi.newStore("Parcels Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95", "sandbox");
    ReturnsFixtures.stock(store);
    WebSession admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());
    WebSession.Page tracking = admin.get("/console/tracking.xhtml");
    assertThat(tracking.document().getElementById("webhookUrl").text())
        .endsWith("/api/v1/tracking/" + store.merchant().slug() + "/aftership");
    assertThat(tracking.document().getElementById("secretText")).as("hidden at first").isNull();
    WebSession.Page revealed = admin.submit(tracking, "secret", Map.of(), "reveal");
    secret = revealed.document().getElementById("secretText").text();
    assertThat(secret).hasSize(43);
  }

  @Test
  void signedWebhooksAreAppliedOnceAndBadOnesChangeNothing() throws Exception {
    Booked parcel = approvedAndBooked("Hauptstraße 5 (SANDBOX-ON-TIME), 10115 Berlin", "DE");
    String first =
        update(
            "ev-" + UUID.randomUUID(),
            Instant.now(),
            parcel.trackingNumber(),
            checkpoint("InTransit", "InTransit_002", "Picked up in Berlin", "2026-12-01T08:00:00Z"),
            checkpoint(
                "InTransit", "InTransit_001", "Departed Berlin hub", "2026-12-01T12:00:00Z"));

    HttpResponse<String> applied = webhook(store.merchant().slug(), first, sign(first, secret));
    List<JsonObject> afterFirst = scanned(parcel.rma());
    HttpResponse<String> replayed = webhook(store.merchant().slug(), first, sign(first, secret));

    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    assertThat(StoreApi.json(applied).getInt("newScans")).isEqualTo(2);
    assertThat(afterFirst)
        .extracting(e -> e.getJsonObject("data").getString("stage"))
        .containsExactly("PICKED_UP", "IN_TRANSIT");
    assertThat(afterFirst.get(0).getJsonObject("data").getString("trackingNumber"))
        .isEqualTo(parcel.trackingNumber());
    assertThat(replayed.statusCode()).isEqualTo(200);
    assertThat(StoreApi.json(replayed).getString("status")).isEqualTo("replayed");
    assertThat(scanned(parcel.rma())).as("a replay fires nothing").hasSize(2);

    // A later update repeats both checkpoints, out of order, one twice, and adds a new one.
    String second =
        update(
            "ev-" + UUID.randomUUID(),
            Instant.now(),
            parcel.trackingNumber(),
            checkpoint(
                "OutForDelivery", "OutForDelivery_001", "Out for delivery", "2026-12-02T07:00:00Z"),
            checkpoint("InTransit", "InTransit_001", "Departed Berlin hub", "2026-12-01T12:00:00Z"),
            checkpoint("InTransit", "InTransit_002", "Picked up in Berlin", "2026-12-01T08:00:00Z"),
            checkpoint(
                "InTransit", "InTransit_001", "Departed Berlin hub", "2026-12-01T12:00:00Z"));
    HttpResponse<String> again = webhook(store.merchant().slug(), second, sign(second, secret));
    assertThat(StoreApi.json(again).getInt("newScans")).isEqualTo(1);
    assertThat(scanned(parcel.rma()))
        .extracting(e -> e.getJsonObject("data").getString("stage"))
        .containsExactly("PICKED_UP", "IN_TRANSIT", "OUT_FOR_DELIVERY");

    String late =
        update(
            "ev-" + UUID.randomUUID(),
            Instant.now(),
            parcel.trackingNumber(),
            checkpoint("Delivered", "Delivered_001", "Delivered", "2026-12-02T10:00:00Z"));
    String forgedBody = late.replace("Delivered\"", "Delivered!\"");
    HttpResponse<String> forged =
        webhook(
            store.merchant().slug(), forgedBody, sign(late, secret), "Accept-Language", "zh-CN");
    HttpResponse<String> unsigned = webhook(store.merchant().slug(), late, null);
    HttpResponse<String> otherSecret =
        webhook(store.merchant().slug(), late, sign(late, "not-the-store-secret"));
    String old =
        update(
            "ev-" + UUID.randomUUID(),
            Instant.now().minus(Duration.ofHours(3)),
            parcel.trackingNumber(),
            checkpoint("Delivered", "Delivered_001", "Delivered", "2026-12-02T10:00:00Z"));
    HttpResponse<String> stale = webhook(store.merchant().slug(), old, sign(old, secret));
    String future =
        update(
            "ev-" + UUID.randomUUID(),
            Instant.now().plus(Duration.ofHours(1)),
            parcel.trackingNumber(),
            checkpoint("Delivered", "Delivered_001", "Delivered", "2026-12-02T10:00:00Z"));
    HttpResponse<String> ahead = webhook(store.merchant().slug(), future, sign(future, secret));
    String nobody =
        update(
            "ev-" + UUID.randomUUID(),
            Instant.now(),
            "SBX000000000000",
            checkpoint("Delivered", "Delivered_001", "Delivered", "2026-12-02T10:00:00Z"));
    HttpResponse<String> unknown = webhook(store.merchant().slug(), nobody, sign(nobody, secret));
    String huge = late.replace("\"Delivered\",", "\"" + "x".repeat(300_000) + "\",");
    HttpResponse<String> tooLarge = webhook(store.merchant().slug(), huge, sign(huge, secret));
    HttpResponse<String> noStore = webhook("no-such-store-x1", late, sign(late, secret));
    String garbage = "{\"event_id\": 1}";
    HttpResponse<String> unreadable =
        webhook(store.merchant().slug(), garbage, sign(garbage, secret));

    assertProblem(forged, 401, "forged-signature");
    assertThat(StoreApi.json(forged).getString("title")).isEqualTo("签名与本店的 Webhook 密钥不符。");
    assertProblem(unsigned, 401, "forged-signature");
    assertProblem(otherSecret, 401, "forged-signature");
    assertProblem(stale, 422, "stale");
    assertProblem(ahead, 422, "stale");
    assertProblem(unknown, 404, "unknown-tracking-number");
    assertProblem(tooLarge, 413, "too-large");
    assertProblem(noStore, 404, "not-found");
    assertProblem(unreadable, 400, "invalid");
    assertThat(scanned(parcel.rma())).as("nothing refused was applied").hasSize(3);

    HttpResponse<String> delivered = webhook(store.merchant().slug(), late, sign(late, secret));
    assertThat(StoreApi.json(delivered).getInt("newScans")).isEqualTo(1);
  }

  @Test
  void aSandboxParcelTravelsOnTheTestClockReportsItsDelayAndReachesTheHub() throws Exception {
    Booked parcel =
        approvedAndBooked("12 rue de la Paix (SANDBOX-DELAY-STRIKE), 75002 Paris", "FR");

    SandboxTime.advance(Duration.ofDays(20));
    List<JsonObject> scans =
        SandboxTime.waitFor(
            () -> scanned(parcel.rma()),
            list -> list.stream().anyMatch(e -> stage(e).equals("DELIVERED")));

    assertThat(scans).extracting(ParcelsIT::stage).startsWith("PICKED_UP").endsWith("DELIVERED");
    JsonObject delay =
        scans.stream().filter(e -> stage(e).equals("DELAYED")).findFirst().orElseThrow();
    assertThat(delay.getJsonObject("data").getInt("delayDays")).isBetween(1, 4);
    assertThat(delay.getJsonObject("data").getString("delayCause")).isEqualTo("STRIKE");
    assertThat(delay.getJsonObject("data").getString("carrier")).isEqualTo("sandbox");
    assertThat(scans)
        .extracting(e -> e.getJsonObject("data").getString("carrierWords"))
        .doesNotHaveDuplicates();
    // The parcel was read every few seconds on its way, each time with all its scans so far.
    assertThat(scans).extracting(ParcelsIT::stage).doesNotContain("LOST");
  }

  /** A return submitted through the API, auto-approved, and booked by the carrier worker. */
  private static Booked approvedAndBooked(String address, String country) throws Exception {
    String email = "parcel-" + System.nanoTime() + "@example.com";
    String number = "PA-" + System.nanoTime();
    String order =
        ReturnsFixtures.orderJson(number, email, country, 3, "30.00")
            .replace("12 rue de la Paix, 75002 Paris", address);
    HttpResponse<String> recorded = store.post("/api/v1/orders", order);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    HttpResponse<String> created =
        store.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(number, email, "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String rma = StoreApi.json(created).getString("rma");
    JsonObject label =
        SandboxTime.waitFor(() -> ofReturn(events("LabelReady"), rma), list -> !list.isEmpty())
            .get(0);
    assertThat(ofReturn(events("LabelReady"), rma)).as("one booking, one label").hasSize(1);
    assertThat(label.getJsonObject("data").getString("carrier")).isEqualTo("sandbox");
    return new Booked(rma, label.getJsonObject("data").getString("trackingNumber"));
  }

  record Booked(String rma, String trackingNumber) {}

  /**
   * The return's scan events in the carrier's order: events told in one transaction share their
   * time, and the log does not promise their order among themselves.
   */
  private static List<JsonObject> scanned(String rma) {
    return ofReturn(events("ParcelScanned"), rma).stream()
        .sorted(
            Comparator.comparing(
                (JsonObject e) -> Instant.parse(e.getJsonObject("data").getString("scannedAt"))))
        .toList();
  }

  private static String stage(JsonObject event) {
    return event.getJsonObject("data").getString("stage");
  }

  private static List<JsonObject> events(String type) {
    HttpResponse<String> page = store.get("/api/v1/events?type=" + type + "&size=200");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return StoreApi.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> ofReturn(List<JsonObject> events, String rma) {
    return events.stream()
        .filter(e -> rma.equals(e.getJsonObject("data").getString("rma", null)))
        .toList();
  }

  static String update(String eventId, Instant sent, String trackingNumber, String... checkpoints) {
    return """
        {"event":"tracking_update","event_id":"%s","is_tracking_first_tag":false,"ts":%d,
         "msg":{"id":"%s","tracking_number":"%s","slug":"sandbox","tag":"InTransit",
          "checkpoints":[%s]}}
        """
        .formatted(
            eventId,
            sent.getEpochSecond(),
            UUID.randomUUID(),
            trackingNumber,
            String.join(",", checkpoints));
  }

  static String checkpoint(String tag, String subtag, String message, String at) {
    return """
        {"slug":"sandbox","city":"Berlin","country_iso3":"DEU","message":"%s","tag":"%s",
         "subtag":"%s","checkpoint_time":"%s"}"""
        .formatted(message, tag, subtag, at);
  }

  static String sign(String body, String key) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  static HttpResponse<String> webhook(String slug, String body, String signature, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(WebSession.BASE + "/api/v1/tracking/" + slug + "/aftership").normalize())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("aftership-hmac-sha256", signature);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return SandboxTime.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(StoreApi.json(response).getString("code")).isEqualTo(code);
  }
}
