package org.returnport.it.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.access.StaffRole;
import org.returnport.it.Deployments;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.parcels.SandboxTime;
import org.returnport.it.returns.ParcelEventsDriver;
import org.returnport.it.returns.ParcelEventsFiring;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.StaffInvitations;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * A return's money from the outside, through the real payers: graded C at the hub, it is refunded
 * 20 % less through the sandbox gateway, then settled and closed; a keep-it return is paid at
 * approval and a FIRST_SCAN policy pays at the first scan; a refund the gateway declines becomes an
 * agent's task and an offer of store credit, which is issued at once; an agent's settle-now refuses
 * bad amounts and settles once under concurrency; the refund report adds up to what was paid. A
 * payer's answer repeated (fired here) settles nothing twice.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static StoreApi store;
  private static NewMerchant packer;
  private static WebSession worker;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(
        List.of(PayoutsDriver.class, ParcelEventsDriver.class),
        List.of(PayoutsFiring.class, ParcelEventsFiring.class));
  }

  @BeforeAll
  static void aStoreAndItsWarehouseWorker() {
    store = IntakeFixtures.store("Settle Shop");
    WebSession owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    packer = NewMerchant.unique("settle-packer");
    packer.signUp(new WebSession());
    StaffInvitations.invite(owner, packer.email(), StaffRole.WAREHOUSE);
    StaffInvitations.accept(packer);
    worker = new WebSession();
    worker.signIn(packer.email(), packer.password());
    StaffInvitations.chooseStore(worker, store.merchant().slug());
  }

  @Test
  void gradeCPaysTwentyPercentLessThenSettlesAndCloses() throws Exception {
    String email = "settle-c-" + System.nanoTime() + "@example.com";
    String rma = IntakeFixtures.approvedReturn(store, email);
    String refund = IntakeFixtures.returnOf(store, rma).getJsonObject("refund").getString("amount");
    assertThat(refund).isEqualTo("54.05");
    assertThat(IntakeFixtures.events(store, "PayoutDue", rma)).as("not before inspection").isZero();

    receiveAndGrade(rma, "C");

    JsonObject due = IntakeFixtures.event(store, "PayoutDue", rma);
    assertThat(due.getString("payoutKey")).isEqualTo(rma + "-R1");
    assertThat(due.getString("method")).isEqualTo("REFUND");
    // 20 % of 54.05 is 10.81
    assertThat(due.getJsonObject("amount").getString("amount")).isEqualTo("43.24");
    JsonObject settlement = settlement(rma);
    assertThat(settlement.getJsonObject("deduction").getString("amount")).isEqualTo("10.81");
    assertThat(settlement.getJsonArray("deductions").getJsonObject(0).getString("grade"))
        .isEqualTo("C");

    JsonObject closed = waitForStatus(store, rma, "CLOSED");
    JsonObject settled = IntakeFixtures.event(store, "ReturnSettled", rma);
    assertThat(settled.getJsonArray("refunded").getJsonObject(0).getString("amount"))
        .isEqualTo("43.24");
    JsonObject paidPart = settlement(rma).getJsonArray("parts").getJsonObject(0);
    assertThat(paidPart.getString("state")).isEqualTo("PAID");
    assertThat(paidPart.getJsonObject("paid").getString("amount")).isEqualTo("43.24");
    assertThat(
            closed.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")))
        .contains("REFUND_SENT", "REFUND_CONFIRMED", "REFUNDED", "CLOSED");
    assertThat(IntakeFixtures.events(store, "ReturnClosed", rma)).isEqualTo(1);
    String mail = Mailbox.text(email, "Your return " + rma + " is settled");
    assertThat(mail).contains("graded C").contains("20 %");

    payoutDone(rma, rma + "-R1", "REFUND", "PAID", "43.24");
    assertThat(IntakeFixtures.events(store, "ReturnSettled", rma))
        .as("a repeated answer settles nothing twice")
        .isEqualTo(1);

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    var report = store.get("/api/v1/reports/refunds?from=" + today + "&to=" + today);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body()).startsWith("day,method,currency,returns,amount");
    assertThat(report.body()).contains(today + ",REFUND,EUR,");
    assertThat(reportTotal(report.body(), "EUR")).isEqualByComparingTo(paidByThisStoreToday());
  }

  @Test
  void aDeclinedRefundBecomesATaskAndAnOfferOfStoreCredit() throws Exception {
    String email = "settle-d-" + System.nanoTime() + "@example.com";
    String rma =
        IntakeFixtures.approvedReturn(store, email, "pi_card_decline_" + System.nanoTime());
    receiveAndGrade(rma, "A");
    JsonObject due = IntakeFixtures.event(store, "PayoutDue", rma);
    assertThat(due.getJsonObject("amount").getString("amount")).isEqualTo("54.05");

    SandboxTime.waitFor(
        () -> settlement(rma).getJsonArray("parts").getJsonObject(0).getString("state"),
        "DECLINED"::equals);
    assertThat(IntakeFixtures.events(store, "ReturnSettled", rma)).isZero();
    assertThat(Mailbox.text(email, "We could not refund your return " + rma))
        .contains("Take store credit instead");
    WebSession agent = new WebSession();
    agent.signIn(store.merchant().email(), store.merchant().password());
    WebSession.Page tasks = agent.get("/console/settlements.xhtml");
    assertThat(tasks.text()).contains(rma + "-R1");

    WebSession.Page credited = agent.submit(tasks, "tasks", Map.of(), "rows:0:credit");
    assertThat(credited.text()).contains("Store credit replaces the refund " + rma + "-R1");
    assertThat(IntakeFixtures.events(store, "PayoutDue", rma)).isEqualTo(2);
    JsonObject after = settlement(rma);
    assertThat(after.getJsonArray("parts").getJsonObject(1).getString("payoutKey"))
        .isEqualTo(rma + "-C1");
    assertThat(
            after.getJsonArray("parts").getJsonObject(1).getJsonObject("bonus").getString("amount"))
        .as("the policy's 10 % bonus")
        .isEqualTo("5.41");

    // Credit is issued at once, in the agent's transaction.
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status")).isEqualTo("CLOSED");
    assertThat(IntakeFixtures.event(store, "ReturnSettled", rma).getJsonArray("credited"))
        .hasSize(1);
  }

  @Test
  void settleNowRefusesBadAmountsAndSettlesOnceUnderConcurrency() throws Exception {
    String rma =
        IntakeFixtures.approvedReturn(store, "settle-n-" + System.nanoTime() + "@example.com");

    for (String[] bad :
        new String[][] {
          {"-1.00", "EUR", "cannot be negative"},
          {"0", "EUR", "only possible once the items were inspected"},
          {"60.01", "EUR", "cannot be more than the shopper paid"},
          {"10.00", "USD", "order's currency, EUR"},
        }) {
      var refused = settleNow(rma, UUID.randomUUID().toString(), bad[0], bad[1]);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      assertThat(refused.body()).contains(bad[2]);
    }
    var noKey = store.post("/api/v1/returns/" + rma + "/settlement", "{\"reason\": \"Goodwill\"}");
    assertThat(noKey.statusCode()).as(noKey.body()).isIn(400, 422);
    assertThat(settlement(rma).getJsonArray("parts")).as("nothing changed").isEmpty();
    assertThat(IntakeFixtures.events(store, "PayoutDue", rma)).isZero();

    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> settleNow(rma, "k1-" + rma, "50.00", "EUR"));
    CompletableFuture<HttpResponse<String>> second =
        CompletableFuture.supplyAsync(() -> settleNow(rma, "k2-" + rma, "50.00", "EUR"));
    List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    assertThat(IntakeFixtures.events(store, "PayoutDue", rma)).isEqualTo(1);
    String winner = first.get().statusCode() == 200 ? "k1-" + rma : "k2-" + rma;
    assertThat(settleNow(rma, winner, "50.00", "EUR").statusCode())
        .as("the same key again answers the same settlement")
        .isEqualTo(200);
    assertThat(
            IntakeFixtures.event(store, "PayoutDue", rma)
                .getJsonObject("amount")
                .getString("amount"))
        .isEqualTo("50.00");
  }

  @Test
  void keepItPaysAtApprovalAndFirstScanPaysAtTheFirstScan() throws Exception {
    StoreApi keep = StoreApi.newStore("Keep Shop");
    ReturnsFixtures.publishPolicy(
        keep,
        0,
        "5.95",
        json ->
            json.replace(
                "\"keepIt\": {\"under\": [], \"reasons\": []}",
                "\"keepIt\": {\"under\": [{\"amount\": \"100\", \"currency\": \"EUR\"}], \"reasons\": []}"));
    ReturnsFixtures.stock(keep);
    String kept = IntakeFixtures.approvedReturn(keep, "keep-" + System.nanoTime() + "@example.com");
    assertThat(IntakeFixtures.returnOf(keep, kept).getBoolean("keepItems")).isTrue();
    assertThat(IntakeFixtures.event(keep, "PayoutDue", kept).getString("method"))
        .isEqualTo("REFUND");
    JsonObject closed = waitForStatus(keep, kept, "CLOSED");
    assertThat(
            closed.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")))
        .contains("KEPT", "CLOSED");

    StoreApi scan = StoreApi.newStore("Scan Shop");
    ReturnsFixtures.publishPolicy(
        scan,
        0,
        "5.95",
        json ->
            json.replace(
                "\"hubs\": [",
                "\"payouts\": {\"refundAt\": \"FIRST_SCAN\", \"instantExchange\": false, \"refundDuties\": true},\n \"hubs\": ["));
    ReturnsFixtures.stock(scan);
    String scanned =
        IntakeFixtures.approvedReturn(scan, "scan-" + System.nanoTime() + "@example.com");
    assertThat(IntakeFixtures.events(scan, "PayoutDue", scanned)).as("not at approval").isZero();
    fireScan(scan, scanned);
    JsonObject paid = IntakeFixtures.event(scan, "PayoutDue", scanned);
    assertThat(paid.getJsonObject("amount").getString("amount")).isEqualTo("54.05");
    SandboxTime.waitFor(
        () -> IntakeFixtures.events(scan, "ReturnSettled", scanned), settled -> settled == 1);
    assertThat(IntakeFixtures.returnOf(scan, scanned).getString("status"))
        .as("settled, but the items are still on their way")
        .isEqualTo("IN_TRANSIT");
  }

  // --- helpers ---

  private static JsonObject waitForStatus(StoreApi in, String rma, String status) {
    return SandboxTime.waitFor(
        () -> IntakeFixtures.returnOf(in, rma), r -> r.getString("status").equals(status));
  }

  private static void receiveAndGrade(String rma, String grade) {
    WebSession.Page parcel =
        worker.submit(worker.get("/console/intake.xhtml"), "scan", Map.of("code", rma), "find");
    WebSession.Page received =
        worker.submit(parcel, "receive", Map.of("lines:0:quantity", "2"), "go");
    assertThat(received.text()).contains("Return " + rma + " received.");
    WebSession.Page again =
        worker.submit(worker.get("/console/intake.xhtml"), "scan", Map.of("code", rma), "find");
    WebSession.Page graded =
        worker.upload(
            again,
            "grading",
            Map.of(
                "lines:0:quantity", "2",
                "lines:0:grade", grade,
                "lines:0:disposition", "REFURBISH"),
            null,
            null,
            null,
            "lines:0:save");
    assertThat(graded.text()).contains("Grade saved for return " + rma);
    assertThat(IntakeFixtures.returnOf(store, rma).getString("status")).isEqualTo("INSPECTED");
  }

  private static JsonObject settlement(String rma) {
    var response = store.get("/api/v1/returns/" + rma + "/settlement");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static HttpResponse<String> settleNow(
      String rma, String key, String amount, String currency) {
    return store.post(
        "/api/v1/returns/" + rma + "/settlement",
        """
        {"amount": {"amount": "%s", "currency": "%s"}, "reason": "Goodwill after a call"}
        """
            .formatted(amount, currency),
        "Idempotency-Key",
        key);
  }

  private static java.math.BigDecimal reportTotal(String csv, String currency) {
    return csv.lines()
        .skip(1)
        .map(line -> line.split(","))
        .filter(cells -> cells[2].equals(currency))
        .map(cells -> new java.math.BigDecimal(cells[4]))
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }

  /** What this store's ReturnSettled events of today say was paid in EUR, by every method. */
  private static java.math.BigDecimal paidByThisStoreToday() {
    var response = store.get("/api/v1/events?size=200&type=ReturnSettled");
    java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
    for (JsonObject event :
        StoreApi.json(response).getJsonArray("items").getValuesAs(JsonObject.class)) {
      JsonObject data = event.getJsonObject("data");
      for (String method : List.of("refunded", "credited", "giftCards", "exchanged")) {
        for (JsonObject money : data.getJsonArray(method).getValuesAs(JsonObject.class)) {
          if (money.getString("currency").equals("EUR")) {
            sum = sum.add(new java.math.BigDecimal(money.getString("amount")));
          }
        }
      }
    }
    return sum;
  }

  private static void payoutDone(
      String rma, String key, String method, String outcome, String amount) throws Exception {
    payoutDone(store, rma, key, method, outcome, amount);
  }

  private static void payoutDone(
      StoreApi in, String rma, String key, String method, String outcome, String amount)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("store", in.merchant().slug());
    form.put("rma", rma);
    form.put("key", key);
    form.put("method", method);
    form.put("outcome", outcome);
    form.put("amount", amount);
    form.put("currency", "EUR");
    assertThat(post("/it/payouts", form).statusCode()).isEqualTo(204);
  }

  private static void fireScan(StoreApi in, String rma) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("store", in.merchant().slug());
    form.put("rma", rma);
    form.put("stage", "PICKED_UP");
    form.put("at", Instant.now().toString());
    form.put("location", "Paris");
    form.put("words", "Picked up");
    assertThat(post("/it/parcel-events", form).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(WebSession.BASE.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
