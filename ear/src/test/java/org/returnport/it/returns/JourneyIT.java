package org.returnport.it.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.parcels.SandboxTime;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * The return follows its parcel on the deployed application: the parcel's events (fired
 * in-container as the carriers' side fires them) move the return only forward and fill its
 * timeline, which the shopper's status page, the console and the API show; the shopper is mailed
 * once per step in their language; the shopper cancels before shipping and is refused after; the
 * queue and the API filter by the new states.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class JourneyIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Scans come after the return was approved (now), an hour apart, at whole seconds. */
  private static final Instant T1 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(60);

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(
        List.of(ParcelEventsDriver.class), List.of(ParcelEventsFiring.class));
  }

  @BeforeAll
  static void aStoreWithAPolicy() {
    store = StoreApi.newStore("Journey Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
  }

  @Test
  void theReturnFollowsItsParcelForwardOnlyWithOneMailPerStep() throws Exception {
    String email = "journey-" + System.nanoTime() + "@example.com";
    String rma = approvedReturn(email, "en", 1);

    String label = label(rma, "DHL", "JD014600003828");
    JsonObject afterLabel = view(rma);
    String picked = scan(rma, "PICKED_UP", T1, "Paris, FR", "Shipment picked up");
    JsonObject afterPickUp = view(rma);
    String sorted = scan(rma, "IN_TRANSIT", T1.plusSeconds(3600), "Leipzig, DE", "Arrived at hub");
    String delivered =
        scan(rma, "DELIVERED", T1.plusSeconds(3 * 3600), "Leipzig, DE", "Delivered, signed: LAGER");
    String late =
        scan(rma, "OUT_FOR_DELIVERY", T1.plusSeconds(2 * 3600), "Leipzig, DE", "With courier");
    JsonObject end = view(rma);

    assertThat(afterLabel.getString("status")).isEqualTo("APPROVED");
    assertThat(kinds(afterLabel)).endsWith("LABEL_READY");
    assertThat(last(afterLabel).getString("text")).isEqualTo("DHL JD014600003828");
    assertThat(afterPickUp.getString("status")).isEqualTo("IN_TRANSIT");
    assertThat(afterPickUp.getString("waitingOn")).isEqualTo("NOBODY");
    assertThat(end.getString("status"))
        .as("a late scan never moves it back")
        .isEqualTo("DELIVERED");
    assertThat(end.getString("waitingOn")).isEqualTo("MERCHANT");
    assertThat(end.getString("refundBy", null)).isNotNull();
    assertThat(end.getString("shipBy", null)).isNotNull();
    List<JsonObject> scans =
        end.getJsonArray("events").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.containsKey("stage"))
            .toList();
    assertThat(scans)
        .extracting(e -> e.getString("stage") + "/" + e.getString("kind"))
        .as("every scan, in the carrier's order of time")
        .containsExactly(
            "PICKED_UP/SCANNED",
            "IN_TRANSIT/SCANNED",
            "OUT_FOR_DELIVERY/SCANNED",
            "DELIVERED/DELIVERED");
    assertThat(scans.get(0).getString("location")).isEqualTo("Paris, FR");
    assertThat(scans.get(0).getString("text")).isEqualTo("Shipment picked up");
    assertThat(Instant.parse(scans.get(0).getString("at"))).isEqualTo(T1);

    // One mail per step, each under its event (a scan's under an id derived from it).
    MimeMessage labelMail = Mailbox.mail(email, "Your return label for " + rma + " is ready");
    assertThat(labelMail.getHeader("X-Returnport-Event-Id", null)).isEqualTo(label);
    assertThat(Mailbox.text(labelMail))
        .contains("JD014600003828")
        .contains("/s/" + store.merchant().slug() + "/return?rma=" + rma);
    assertThat(Mailbox.text(email, "Your return " + rma + " is on its way")).contains("DHL");
    assertThat(Mailbox.text(email, "Your return " + rma + " has arrived")).contains("Returns EU");
    assertThat(outbox(email))
        .as("the approval, then label, first scan and delivery; nothing for the other scans")
        .containsExactly(
            "Your return " + rma + " is approved",
            "Your return label for " + rma + " is ready",
            "Your return " + rma + " is on its way",
            "Your return " + rma + " has arrived");
    assertThat(outboxIds(email))
        .contains(label, derived(picked, "IN_TRANSIT"), derived(delivered, "DELIVERED"))
        .doesNotContain(sorted, late, derived(sorted, "IN_TRANSIT"));

    // The shopper's page: the scans in words, where, and what the carrier said; no cancel.
    WebSession shopper = new WebSession();
    WebSession.Page page = shopper.get(Mailbox.link(email, "Your return " + rma + " has arrived"));
    Element timeline = page.document().getElementById("timeline");
    assertThat(page.document().getElementById("status").text())
        .isEqualTo("Delivered to the warehouse");
    assertThat(timeline.select("li h3").eachText())
        .contains(
            "Shipping label ready",
            "Picked up by the carrier",
            "In transit",
            "Out for delivery to the warehouse",
            "Delivered to the warehouse");
    assertThat(timeline.select("li.rp-stage-PICKED_UP").text())
        .contains("Paris, FR")
        .contains("Shipment picked up");
    assertThat(timeline.select("time").first().attr("datetime")).endsWith("Z");
    assertThat(page.document().getElementById("cancel")).isNull();

    // The console's page shows the same timeline to the store.
    WebSession agent = new WebSession();
    agent.signIn(store.merchant().email(), store.merchant().password());
    Element console =
        agent.get("/console/return.xhtml?rma=" + rma).document().getElementById("timeline");
    assertThat(console.select("li.rp-stage-DELIVERED h3").text())
        .isEqualTo("Delivered to the warehouse");
    assertThat(console.text()).contains("Delivered, signed: LAGER");
  }

  @Test
  void aChineseShopperGetsTheJourneyInChinese() throws Exception {
    String email = "journey-zh-" + System.nanoTime() + "@example.com";
    String rma = approvedReturn(email, "zh-CN", 1);

    label(rma, "DHL", "JD0001");
    scan(rma, "CUSTOMS", T1, "Frankfurt, DE", "Customs clearance");

    assertThat(Mailbox.text(email, "您的退货 " + rma + " 的面单已生成")).contains("JD0001");
    assertThat(Mailbox.text(email, "您的退货 " + rma + " 已在运输途中")).contains("DHL");
    WebSession.Page page =
        new WebSession("zh-CN").get(Mailbox.link(email, "您的退货 " + rma + " 已在运输途中"));
    assertThat(page.document().getElementById("status").text()).isEqualTo("运输中");
    assertThat(page.document().getElementById("timeline").select("li h3").eachText())
        .contains("运单已生成", "清关中");
  }

  @Test
  void theShopperCancelsBeforeShippingAndTheItemsCanGoBackAgain() throws Exception {
    String email = "cancel-" + System.nanoTime() + "@example.com";
    String number = "JC-" + System.nanoTime();
    order(store, number, email, "DE", 3, "30.00");
    String rma = created(number, email, "en", 2);
    HttpResponse<String> secondBefore = create(number, email, "en", 2);

    WebSession shopper = new WebSession();
    WebSession.Page page = shopper.get(Mailbox.link(email, "Your return " + rma + " is approved"));
    WebSession.Page asked = shopper.submit(page, "cancel", Map.of(), "ask");
    WebSession.Page done = shopper.submit(asked, "cancel", Map.of(), "yes");

    assertThat(secondBefore.statusCode()).as("both tees are being returned").isEqualTo(422);
    assertThat(asked.document().getElementById("cancel-question").text())
        .contains("Cancel return " + rma + "?");
    assertThat(done.document().getElementById("messages").text())
        .contains("Your return is cancelled.");
    assertThat(done.document().getElementById("status").text()).isEqualTo("Cancelled");
    assertThat(done.document().getElementById("cancel")).isNull();
    JsonObject cancelled = view(rma);
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(kinds(cancelled)).endsWith("CANCELLED");
    List<JsonObject> logged = events("ReturnCancelled", rma);
    assertThat(logged).hasSize(1);
    MimeMessage mail = Mailbox.mail(email, "Your return " + rma + " is cancelled");
    assertThat(mail.getHeader("X-Returnport-Event-Id", null))
        .isEqualTo(logged.get(0).getString("eventId"));
    assertThat(create(number, email, "en", 2).statusCode())
        .as("the cancelled tees can be returned again")
        .isEqualTo(201);
    assertThat(total("status=CANCELLED&search=" + rma)).isEqualTo(1);
  }

  @Test
  void cancelIsRefusedInWordsOnceTheParcelIsOnItsWay() throws Exception {
    String email = "late-" + System.nanoTime() + "@example.com";
    String rma = approvedReturn(email, "en", 1);
    WebSession shopper = new WebSession();
    WebSession.Page page = shopper.get(Mailbox.link(email, "Your return " + rma + " is approved"));
    WebSession.Page asked = shopper.submit(page, "cancel", Map.of(), "ask");

    scan(rma, "PICKED_UP", T1, "Paris, FR", "Picked up");
    WebSession.Page refused = shopper.submit(asked, "cancel", Map.of(), "yes");

    assertThat(refused.document().getElementById("messages").text())
        .contains("Return " + rma + " can no longer be cancelled");
    assertThat(refused.document().getElementById("status").text()).isEqualTo("On its way");
    assertThat(refused.document().getElementById("cancel")).isNull();
    assertThat(view(rma).getString("status")).isEqualTo("IN_TRANSIT");
    assertThat(events("ReturnCancelled", rma)).isEmpty();
  }

  @Test
  void theQueueAndTheApiFilterByTheNewStates() throws Exception {
    String email = "filter-" + System.nanoTime() + "@example.com";
    String lost = approvedReturn(email, "en", 1);
    scan(lost, "LOST", T1, "Lyon, FR", "Parcel could not be found");

    HttpResponse<String> unknown = store.get("/api/v1/returns?status=SHIPPED");
    HttpResponse<String> unknownInChinese =
        store.get("/api/v1/returns?status=SHIPPED", "Accept-Language", "zh-CN");
    WebSession agent = new WebSession();
    agent.signIn(store.merchant().email(), store.merchant().password());
    List<String> offered =
        agent.get("/console/returns.xhtml").document().select("select[id$=status] option").stream()
            .map(option -> option.attr("value"))
            .toList();

    // A lost parcel is refunded at its loss; once the sandbox gateway confirmed, it is closed.
    SandboxTime.waitFor(() -> view(lost).getString("status"), "CLOSED"::equals);
    assertThat(total("status=CLOSED&search=" + lost)).isEqualTo(1);
    assertThat(total("status=closed&search=" + lost)).as("any case").isEqualTo(1);
    assertThat(total("status=LOST&search=" + lost)).isZero();
    assertThat(total("status=IN_TRANSIT&search=" + lost)).isZero();
    assertThat(
            view(lost).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")))
        .contains("LOST", "REFUNDED", "CLOSED");
    assertThat(unknown.statusCode()).isEqualTo(400);
    JsonObject problem = StoreApi.json(unknown);
    assertThat(problem.getString("code")).isEqualTo("invalid");
    assertThat(problem.getString("field")).isEqualTo("status");
    assertThat(problem.getString("title"))
        .startsWith("Unknown status \"SHIPPED\". Use one of: UNDER_REVIEW, APPROVED, REJECTED,")
        .contains(
            "IN_TRANSIT", "DELIVERED", "RECEIVED", "INSPECTED", "CANCELLED", "EXPIRED", "LOST");
    assertThat(StoreApi.json(unknownInChinese).getString("title")).startsWith("未知的 status");
    assertThat(offered)
        .contains(
            "IN_TRANSIT", "DELIVERED", "RECEIVED", "INSPECTED", "CANCELLED", "EXPIRED", "LOST");
  }

  @Test
  void theApiDescriptionNamesEveryStateAndTheTimelinesScans() {
    HttpResponse<String> response = store.get("/openapi?format=json");
    JsonObject document = StoreApi.json(response);
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject statusParameter =
        document
            .getJsonObject("paths")
            .getJsonObject("/api/v1/returns")
            .getJsonObject("get")
            .getJsonArray("parameters")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("name").equals("status"))
            .findFirst()
            .orElseThrow();

    List<String> states =
        schemas
            .getJsonObject("ReturnStatus")
            .getJsonArray("enum")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(states)
        .containsExactly(
            "UNDER_REVIEW",
            "APPROVED",
            "REJECTED",
            "IN_TRANSIT",
            "DELIVERED",
            "RECEIVED",
            "INSPECTED",
            "CANCELLED",
            "EXPIRED",
            "LOST",
            "REFUNDED",
            "CREDITED",
            "EXCHANGED",
            "KEPT",
            "CLOSED");
    assertThat(statusParameter.getJsonObject("schema").getString("$ref"))
        .isEqualTo("#/components/schemas/ReturnStatus");
    JsonObject view = schemas.getJsonObject("ReturnView").getJsonObject("properties");
    assertThat(view.getJsonObject("status").getString("$ref"))
        .isEqualTo("#/components/schemas/ReturnStatus");
    assertThat(view.keySet()).contains("shipBy", "refundBy", "events");
    assertThat(schemas.getJsonObject("ReturnEvent").getJsonObject("properties").keySet())
        .contains("at", "kind", "stage", "location", "text");
    assertThat(schemas.getJsonObject("ParcelStage").getJsonArray("enum")).hasSize(8);
  }

  // --- the store's side, through its API ---

  private static String approvedReturn(String email, String language, int quantity) {
    String number = "JR-" + System.nanoTime();
    order(store, number, email, "DE", 3, "30.00");
    return created(number, email, language, quantity);
  }

  private static String created(String number, String email, String language, int quantity) {
    HttpResponse<String> response = create(number, email, language, quantity);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject created = StoreApi.json(response);
    assertThat(created.getString("status")).isEqualTo("APPROVED");
    return created.getString("rma");
  }

  private static HttpResponse<String> create(
      String number, String email, String language, int quantity) {
    String body =
        """
        {"orderNumber": "%s", "email": "%s", "resolution": "REFUND", "language": "%s",
         "items": [{"lineNo": 1, "quantity": %d, "reason": "too-small", "condition": "unused"}]}
        """
            .formatted(number, email, language, quantity);
    return store.post("/api/v1/returns", body, "Idempotency-Key", UUID.randomUUID().toString());
  }

  private static JsonObject view(String rma) {
    HttpResponse<String> response = store.get("/api/v1/returns/" + rma);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static List<String> kinds(JsonObject view) {
    return view.getJsonArray("events").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }

  private static JsonObject last(JsonObject view) {
    var events = view.getJsonArray("events");
    return events.getJsonObject(events.size() - 1);
  }

  private static long total(String query) {
    HttpResponse<String> response = store.get("/api/v1/returns?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response).getJsonNumber("total").longValue();
  }

  private static List<JsonObject> events(String type, String rma) {
    HttpResponse<String> response = store.get("/api/v1/events?size=200&type=" + type);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(e -> rma.equals(e.getJsonObject("data").getString("rma", null)))
        .toList();
  }

  // --- the carriers' side, in-container ---

  private static String label(String rma, String carrier, String tracking) throws Exception {
    return fire(Map.of("op", "label", "rma", rma, "carrier", carrier, "tracking", tracking));
  }

  private static String scan(String rma, String stage, Instant at, String where, String words)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("op", "scan");
    form.put("rma", rma);
    form.put("stage", stage);
    form.put("at", at.toString());
    form.put("location", where);
    form.put("words", words);
    return fire(form);
  }

  private static String fire(Map<String, String> fields) throws Exception {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("store", store.merchant().slug());
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/it/parcel-events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("eventId");
    }
  }

  private static String derived(String eventId, String status) {
    return UUID.nameUUIDFromBytes((eventId + "/" + status).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  // --- the outbox, read straight from the database: written in the change's transaction ---

  private static List<String> outbox(String to) throws SQLException {
    List<String> subjects = new ArrayList<>();
    for (String[] row : outboxRows(to)) {
      try (var reader = Json.createReader(new StringReader(row[1]))) {
        subjects.add(reader.readObject().getString("subject"));
      }
    }
    return subjects;
  }

  private static List<String> outboxIds(String to) throws SQLException {
    return outboxRows(to).stream().map(row -> row[0]).toList();
  }

  private static List<String[]> outboxRows(String to) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:mysql://localhost:"
                    + System.getProperty("returnport.db.port")
                    + "/returnport?sslMode=DISABLED",
                "returnport",
                "returnport");
        PreparedStatement query =
            db.prepareStatement(
                "SELECT EVENT_ID, PAYLOAD FROM OUTBOX WHERE PAYLOAD LIKE ? ORDER BY ID")) {
      query.setString(1, "%\"to\":\"" + to + "\"%");
      List<String[]> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(new String[] {result.getString(1), result.getString(2)});
        }
      }
      return rows;
    }
  }
}
