package org.returnport.it.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
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
 * The refund machine on the deployed application, through the sandbox gateway: a payout due as
 * settlement fires it becomes exactly one refund in the sandbox's books and one {@code PayoutDone},
 * through success, partial refunds, a decline, a time-out, a pending refund confirmed by the
 * gateway's notice, a server killed mid-refund, the same payout fired at once by many, and several
 * workers at once. Every order is paid 149.00 EUR (two tees at 30.00 and a scarf at 89.00).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RefundsIT {

  static final Duration PATIENCE = Duration.ofSeconds(90);
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(List.of(RefundsDriver.class), List.of(RefundsFiring.class));
  }

  @BeforeAll
  static void aStoreWithOrders() {
    store = StoreApi.newStore("Refunds Shop");
    ReturnsFixtures.publishPolicy(store, 0, "0");
    ReturnsFixtures.stock(store);
  }

  @Test
  void aRefundIsSentConfirmedAndAnnouncedOnceWithTheShoppersTimeline() {
    String reference = "pi_ok_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    String key = rma + "-R1";

    assertThat(due(rma, "43.05", "EUR", key)).isEqualTo("ok");
    JsonObject paid = payoutDone(rma, key);
    assertThat(due(rma, "43.05", "EUR", key)).as("the same payout again").isEqualTo("ok");

    assertThat(paid.getString("outcome")).isEqualTo("PAID");
    assertThat(paid.getJsonObject("amount").getString("amount")).isEqualTo("43.05");
    assertThat(paid.getString("reference")).startsWith("re_sbx_");
    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("refunds")).hasSize(1);
    assertThat(refund(state, key).getString("state")).isEqualTo("CONFIRMED");
    assertThat(state.getJsonArray("books")).hasSize(1);
    assertThat(kinds(state)).containsExactly("REFUND_SENT", "REFUND_CONFIRMED");
    assertThat(texts(state).get(0)).contains("43.05 EUR").contains("original payment");
    assertThat(texts(state).get(1)).contains(paid.getString("reference"));
    assertThat(payoutsDone(rma)).as("announced once").hasSize(1);
  }

  @Test
  void partialRefundsAddUpToWhatWasPaidAndNotOneCentMore() {
    String reference = "pi_parts_" + System.nanoTime();
    String rma = returnPaidWith(reference);

    assertThat(due(rma, "30.00", "EUR", rma + "-R1")).isEqualTo("ok");
    assertThat(due(rma, "119.00", "EUR", rma + "-R2")).isEqualTo("ok");
    assertThat(due(rma, "0.01", "EUR", rma + "-R3")).isEqualTo("returnport.refund.tooMuch");
    assertThat(due(rma, "10.00", "USD", rma + "-R4")).isEqualTo("returnport.refund.currency");
    assertThat(due(rma, "0", "EUR", rma + "-R5")).isEqualTo("returnport.refund.notPositive");
    payoutDone(rma, rma + "-R1");
    payoutDone(rma, rma + "-R2");

    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("refunds")).as("refused payouts write nothing").hasSize(2);
    assertThat(state.getJsonArray("books"))
        .extracting(b -> b.asJsonObject().getString("amount"))
        .containsExactlyInAnyOrder("30.00", "119.00");

    // The gateway itself refuses more than is left of the payment, the same way for the same key.
    JsonObject tooMuch = sandbox("direct-" + rma, reference, "0.01");
    assertThat(tooMuch.getString("state")).isEqualTo("FAILED");
    assertThat(tooMuch.getString("failureCode")).isEqualTo("amount_too_large");
    assertThat(sandbox("direct-" + rma, reference, "0.01").getString("id"))
        .isEqualTo(tooMuch.getString("id"));
    assertThat(sandbox("other-" + rma, reference, "5.00", "USD").getString("error"))
        .isEqualTo("REJECTED");
  }

  @Test
  void aDeclinedRefundEndsAsDeclinedWithNothingPaidAndTheReasonOnTheTimeline() {
    String reference = "pi_decline_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    String key = rma + "-R1";

    due(rma, "43.05", "EUR", key);
    JsonObject declined = payoutDone(rma, key);

    assertThat(declined.getString("outcome")).isEqualTo("DECLINED");
    assertThat(declined.getJsonObject("amount").getString("amount")).isEqualTo("0.00");
    JsonObject state = state(rma, reference);
    assertThat(refund(state, key).getString("state")).isEqualTo("FAILED");
    assertThat(refund(state, key).getString("failureCode")).isEqualTo("expired_or_canceled_card");
    assertThat(kinds(state)).containsExactly("REFUND_SENT", "REFUND_FAILED");
    assertThat(texts(state).get(1)).contains("closed").contains("store credit");
  }

  @Test
  void aTimeOutIsResolvedByAskingTheGatewayWithExactlyOneRefund() {
    String reference = "pi_timeout_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    String key = rma + "-R1";

    due(rma, "60.00", "EUR", key);
    JsonObject paid = payoutDone(rma, key);

    assertThat(paid.getString("outcome")).isEqualTo("PAID");
    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("books")).as("one refund at the gateway").hasSize(1);
    assertThat(refund(state, key).getInt("attempts")).as("sent, then asked about").isEqualTo(2);
    assertThat(payoutsDone(rma)).hasSize(1);
  }

  @Test
  void aPendingRefundIsConfirmedByTheGatewaysNotice() {
    String reference = "pi_pending_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    String key = rma + "-R1";

    due(rma, "20.00", "EUR", key);
    JsonObject paid = payoutDone(rma, key);

    assertThat(paid.getString("outcome")).isEqualTo("PAID");
    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("books")).hasSize(1);
    assertThat(state.getJsonArray("books").getJsonObject(0).getString("state"))
        .isEqualTo("SUCCEEDED");
    assertThat(refund(state, key).getString("gatewayRefundId"))
        .isEqualTo(paid.getString("reference"));
  }

  @Test
  void aServerKilledMidRefundIsTakenOverAndTheRefundIsNotMadeTwice() {
    String reference = "pi_killed_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    String key = rma + "-R1";

    driver(
        "op",
        "killed",
        "rma",
        rma,
        "key",
        key,
        "amount",
        "43.05",
        "currency",
        "EUR",
        "reference",
        reference);
    JsonObject paid = payoutDone(rma, key);

    assertThat(paid.getString("outcome")).isEqualTo("PAID");
    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("books")).as("the refund the dead server made, only").hasSize(1);
    assertThat(refund(state, key).getString("state")).isEqualTo("CONFIRMED");
    assertThat(payoutsDone(rma)).hasSize(1);
  }

  @Test
  void theSamePayoutFiredByManyAtOnceIsOneRefund() {
    String reference = "pi_same_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    String key = rma + "-R1";

    List<String> outcomes =
        IntStream.range(0, 12)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> due(rma, "43.05", "EUR", key)))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();
    payoutDone(rma, key);

    assertThat(outcomes).containsOnly("ok");
    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("refunds")).hasSize(1);
    assertThat(state.getJsonArray("books")).hasSize(1);
    assertThat(payoutsDone(rma)).hasSize(1);
  }

  @Test
  void workersAtOnceSendEachRefundOnce() {
    String reference = "pi_many_" + System.nanoTime();
    String rma = returnPaidWith(reference);
    List<String> keys = IntStream.range(0, 20).mapToObj(i -> rma + "-R" + i).toList();
    List<String> params =
        new ArrayList<>(List.of("op", "due", "rma", rma, "amount", "5.00", "currency", "EUR"));
    keys.forEach(k -> params.addAll(List.of("key", k)));

    driver(params.toArray(String[]::new));
    List<CompletableFuture<JsonObject>> workers =
        IntStream.range(0, 4)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> driver("op", "drain")))
            .toList();
    workers.forEach(CompletableFuture::join);
    waitFor(() -> payoutsDone(rma), done -> done.size() >= keys.size());

    JsonObject state = state(rma, reference);
    assertThat(state.getJsonArray("books"))
        .extracting(b -> b.asJsonObject().getString("key"))
        .containsExactlyInAnyOrderElementsOf(keys);
    assertThat(state.getJsonArray("refunds"))
        .extracting(r -> r.asJsonObject().getString("state"))
        .containsOnly("CONFIRMED")
        .hasSize(20);
    assertThat(payoutsDone(rma))
        .extracting(e -> e.getString("payoutKey"))
        .containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void aPaymentLinkIsPaidOnceOnItsPageAndHoldsAreCapturedOrReleased() {
    String reference = "pi_link_" + System.nanoTime();
    returnPaidWith(reference);

    JsonObject made =
        driver(
            "op",
            "links",
            "key",
            "X-" + reference,
            "reference",
            reference,
            "amount",
            "12.50",
            "currency",
            "EUR");
    String path = made.getString("url").replace(WebSession.BASE.toString(), "");
    WebSession shopper = new WebSession();
    WebSession.Page page = shopper.get(path);
    WebSession.Page paid = shopper.submit(page, "pay", Map.of(), "payNow");
    WebSession.Page again = shopper.get(path);

    assertThat(made.getBoolean("sameLink")).as("the same key, the same link").isTrue();
    assertThat(path).startsWith("/s/" + store.merchant().slug() + "/pay?link=plink_sbx_");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().getElementById("amount").text()).contains("12.50 EUR");
    assertThat(paid.document().getElementById("paid")).as(paid.text()).isNotNull();
    assertThat(again.document().getElementById("pay")).as("paid once, no button").isNull();
    assertThat(
            shopper.get("/s/" + store.merchant().slug() + "/pay?link=plink_sbx_nothing").status())
        .isEqualTo(404);
    assertThat(made.getString("kept")).isEqualTo("CAPTURED");
    assertThat(made.getString("freed")).as("released twice: no error").isEqualTo("RELEASED");
    assertThat(made.getString("captureReleased")).isEqualTo("REJECTED");
    assertThat(made.getString("releaseCaptured")).isEqualTo("REJECTED");
  }

  /** A return of line 1 of a new order paid with the given payment reference; answers its RMA. */
  static String returnPaidWith(String reference) {
    String number = "RF-" + System.nanoTime();
    String email = "refund-" + System.nanoTime() + "@example.com";
    String order =
        ReturnsFixtures.orderJson(number, email, "FR", 3, "30.00")
            .replace(
                "\"paymentMethod\": \"card\",",
                "\"paymentMethod\": \"card\", \"paymentReference\": \"" + reference + "\",");
    HttpResponse<String> recorded = store.post("/api/v1/orders", order);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    HttpResponse<String> created =
        store.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(number, email, "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return StoreApi.json(created).getString("rma");
  }

  static String due(String rma, String amount, String currency, String key) {
    return driver("op", "due", "rma", rma, "amount", amount, "currency", currency, "key", key)
        .getString("outcome");
  }

  static JsonObject sandbox(String key, String reference, String amount) {
    return sandbox(key, reference, amount, "EUR");
  }

  static JsonObject sandbox(String key, String reference, String amount, String currency) {
    return driver(
        "op",
        "sandbox",
        "key",
        key,
        "reference",
        reference,
        "amount",
        amount,
        "currency",
        currency);
  }

  static JsonObject state(String rma, String reference) {
    return driver("op", "state", "rma", rma, "reference", reference);
  }

  static JsonObject refund(JsonObject state, String key) {
    return state.getJsonArray("refunds").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("payoutKey").equals(key))
        .findFirst()
        .orElseThrow();
  }

  static List<String> kinds(JsonObject state) {
    return state.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }

  static List<String> texts(JsonObject state) {
    return state.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("text"))
        .toList();
  }

  /** The payout's PayoutDone, waited for. */
  static JsonObject payoutDone(String rma, String key) {
    return waitFor(
            () ->
                payoutsDone(rma).stream()
                    .filter(e -> key.equals(e.getString("payoutKey")))
                    .toList(),
            list -> !list.isEmpty())
        .get(0);
  }

  /** The data of every PayoutDone of the return. */
  static List<JsonObject> payoutsDone(String rma) {
    HttpResponse<String> page = store.get("/api/v1/events?type=PayoutDone&size=200");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return StoreApi.json(page).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getJsonObject("data"))
        .filter(d -> rma.equals(d.getString("rma", null)))
        .toList();
  }

  static JsonObject driver(String... params) {
    StringBuilder form = new StringBuilder("store=").append(store.merchant().slug());
    for (int i = 0; i < params.length; i += 2) {
      form.append('&')
          .append(params[i])
          .append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(WebSession.BASE.resolve("/it/refunds"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return StoreApi.json(response);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static <T> T waitFor(Supplier<T> read, Predicate<T> done) {
    Instant until = Instant.now().plus(PATIENCE);
    T value = read.get();
    while (!done.test(value)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not reached within " + PATIENCE + ": " + value);
      }
      LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
      value = read.get();
    }
    return value;
  }
}
