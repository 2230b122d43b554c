package org.returnport.it.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.returnport.it.returns.ReturnsFixtures.order;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Store credit and gift cards on the deployed application: a payout announced in credit (fired
 * in-container as the settlement fires it) is issued once however often it is announced, with one
 * timeline entry (the last four only), one e-mail with the code and one {@code PayoutDone}; the
 * shop system reads and redeems through the API, replays (also 20 at once) count once, and an
 * overdraw, another currency, an expired, unknown, mistyped or other store's code are answered
 * clearly with nothing taken; the shopper sees the balance and the code on the status page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CreditIT {

  private static final Pattern CODE = Pattern.compile("([2-9A-HJ-NP-Z]{4}-){4}[2-9A-HJ-NP-Z]{4}");

  static StoreApi store;
  static StoreApi otherStore;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(
        List.of(CreditPayoutDriver.class), List.of(CreditPayoutFiring.class));
  }

  @BeforeAll
  static void twoStores() {
    store = StoreApi.newStore("Credit Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    otherStore = StoreApi.newStore("Other Credit Shop");
  }

  @Test
  void aGiftCardIsIssuedOnceHoweverOftenItsPayoutIsAnnounced() {
    String email = "gift-" + System.nanoTime() + "@example.com";
    String rma = approvedReturn(store, email);

    CreditPayouts.due(store, rma, rma + "-C1", "GIFT_CARD", "30.00", "3.00");
    CreditPayouts.due(store, rma, rma + "-C1", "GIFT_CARD", "30.00", "3.00");

    String mail = Mailbox.text(email, "Your credit for return " + rma);
    String code = code(mail);
    assertThat(mail).contains("33.00 EUR").contains("Valid until");
    assertThat(Mailbox.count(email, "Your credit for return " + rma)).isEqualTo(1);

    JsonObject card = StoreApi.json(store.get("/api/v1/credit/" + code));
    assertThat(card.getString("kind")).isEqualTo("GIFT_CARD");
    assertThat(card.getJsonObject("balance").getString("amount")).isEqualTo("33.00");
    assertThat(card.getJsonObject("balance").getString("currency")).isEqualTo("EUR");
    assertThat(card.getString("expiresAt", null)).as("France: at least a year").isNotNull();
    assertThat(card.getBoolean("expired")).isFalse();

    JsonObject view = StoreApi.json(store.get("/api/v1/returns/" + rma));
    List<JsonObject> issued =
        view.getJsonArray("events").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("kind").equals("GIFT_CARD_ISSUED"))
            .toList();
    assertThat(issued).hasSize(1);
    assertThat(issued.get(0).getString("text"))
        .contains(code.substring(code.length() - 4))
        .doesNotContain(code)
        .doesNotContain(code.substring(0, 9));

    List<JsonObject> done =
        StoreApi.json(store.get("/api/v1/events?type=PayoutDone&size=100"))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getJsonObject("data"))
            .filter(d -> d.getString("payoutKey").equals(rma + "-C1"))
            .toList();
    assertThat(done).hasSize(1);
    assertThat(done.get(0).getString("outcome")).isEqualTo("PAID");
    assertThat(done.get(0).getJsonObject("amount").getString("amount")).isEqualTo("33.00");
    assertThat(done.get(0).getString("reference")).isEqualTo(code.substring(code.length() - 4));
  }

  @Test
  void storeCreditIsOneAccountPerShopperToppedUpByEachReturn() {
    String email = "credit-" + System.nanoTime() + "@example.com";
    String first = approvedReturn(store, email);
    String second = approvedReturn(store, email);

    CreditPayouts.due(store, first, first + "-C1", "STORE_CREDIT", "20.00", "2.00");
    String code = code(Mailbox.text(email, "Your credit for return " + first));
    CreditPayouts.due(store, second, second + "-C1", "STORE_CREDIT", "10.00", "0.00");
    String again = Mailbox.text(email, "Your credit for return " + second);

    assertThat(code(again)).as("the same account, the same code").isEqualTo(code);
    assertThat(again).contains("Balance: 32.00 EUR");
    JsonObject account = StoreApi.json(store.get("/api/v1/credit/" + code));
    assertThat(account.getString("kind")).isEqualTo("STORE_CREDIT");
    assertThat(account.getJsonObject("balance").getString("amount")).isEqualTo("32.00");
  }

  @Test
  void redemptionsCountOnceAndBadOnesTakeNothing() throws Exception {
    String code = giftCard("50.00");
    String redeem = "/api/v1/credit/" + code + "/redeem";

    HttpResponse<String> first =
        store.post(redeem, amount("10.00", "EUR"), "Idempotency-Key", "k1");
    HttpResponse<String> replay =
        store.post(redeem, amount("10.00", "EUR"), "Idempotency-Key", "k1");
    HttpResponse<String> otherBody =
        store.post(redeem, amount("11.00", "EUR"), "Idempotency-Key", "k1");
    HttpResponse<String> overdraw =
        store.post(redeem, amount("40.01", "EUR"), "Idempotency-Key", "k2");
    HttpResponse<String> dollars =
        store.post(redeem, amount("5.00", "USD"), "Idempotency-Key", "k3");
    HttpResponse<String> noKey = store.post(redeem, amount("5.00", "EUR"));
    HttpResponse<String> zero = store.post(redeem, amount("0.00", "EUR"), "Idempotency-Key", "k4");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(StoreApi.json(first).getJsonObject("balance").getString("amount"))
        .isEqualTo("40.00");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
    assertThat(replay.statusCode()).isEqualTo(200);
    JsonObject original = StoreApi.json(first);
    JsonObject again = StoreApi.json(replay);
    assertThat(again.getBoolean("replayed")).isTrue();
    assertThat(again.getJsonObject("balance")).isEqualTo(original.getJsonObject("balance"));
    assertThat(again.getString("redeemedAt")).isEqualTo(original.getString("redeemedAt"));
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertProblem(otherBody, 422, "idempotency-conflict");
    assertProblem(overdraw, 422, "insufficient-balance");
    assertThat(overdraw.body()).contains("40.00");
    assertProblem(dollars, 422, "currency-mismatch");
    assertProblem(noKey, 422, "idempotency-key-required");
    assertProblem(zero, 422, "invalid-amount");
    assertThat(balance(code)).as("only k1 was taken").isEqualTo("40.00");

    HttpResponse<String> reversed =
        store.post("/api/v1/credit/" + code + "/redemptions/k1/reverse", "");
    HttpResponse<String> reversedAgain =
        store.post("/api/v1/credit/" + code + "/redemptions/k1/reverse", "");
    HttpResponse<String> unknownRedemption =
        store.post("/api/v1/credit/" + code + "/redemptions/nope/reverse", "");
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(200);
    assertThat(StoreApi.json(reversed).getString("reversedAt", null)).isNotNull();
    assertThat(reversedAgain.statusCode()).isEqualTo(200);
    assertProblem(unknownRedemption, 404, "redemption-not-found");
    assertThat(balance(code)).as("given back once").isEqualTo("50.00");
  }

  @Test
  void twentyReplaysAtOnceCountOnceAndTwentyRedemptionsAllCount() throws Exception {
    String code = giftCard("100.00");
    String redeem = "/api/v1/credit/" + code + "/redeem";

    List<HttpResponse<String>> replays =
        atOnce(20, i -> store.post(redeem, amount("7.00", "EUR"), "Idempotency-Key", "same"));
    assertThat(replays).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
    assertThat(replays)
        .filteredOn(r -> r.headers().firstValue("Idempotent-Replayed").orElse("").equals("false"))
        .hasSize(1);
    assertThat(balance(code)).isEqualTo("93.00");

    List<HttpResponse<String>> distinct =
        atOnce(20, i -> store.post(redeem, amount("5.00", "EUR"), "Idempotency-Key", "each-" + i));
    assertThat(distinct.stream().filter(r -> r.statusCode() == 200)).hasSize(18);
    assertThat(distinct)
        .filteredOn(r -> r.statusCode() != 200)
        .allSatisfy(r -> assertProblem(r, 422, "insufficient-balance"));
    assertThat(balance(code)).as("never below zero").isEqualTo("3.00");
  }

  @Test
  void unknownMistypedOtherStoresAndExpiredCodesAreAnsweredClearly() {
    String code = giftCard("20.00");
    String bare = code.replace("-", "");
    int at = 0;
    while (bare.charAt(at) == bare.charAt(at + 1)) {
      at++;
    }
    String swapped =
        bare.substring(0, at) + bare.charAt(at + 1) + bare.charAt(at) + bare.substring(at + 2);
    String neverIssued = neverIssued(bare);

    assertProblem(store.get("/api/v1/credit/" + swapped), 422, "code-mistyped");
    assertProblem(
        store.get("/api/v1/credit/" + neverIssued, "Accept-Language", "zh-CN"),
        404,
        "credit-not-found");
    assertThat(store.get("/api/v1/credit/" + neverIssued, "Accept-Language", "zh-CN").body())
        .contains("本店没有此代码的抵用金");
    HttpResponse<String> elsewhere = otherStore.get("/api/v1/credit/" + code);
    assertProblem(elsewhere, 404, "credit-not-found");
    assertProblem(
        otherStore.post(
            "/api/v1/credit/" + code + "/redeem", amount("1.00", "EUR"), "Idempotency-Key", "o1"),
        404,
        "credit-not-found");
    assertThat(store.get("/api/v1/credit/" + code.toLowerCase()).statusCode())
        .as("typed in any case")
        .isEqualTo(200);

    CreditPayouts.drive(store, Map.of("op", "age", "code", code));
    assertProblem(
        store.post(
            "/api/v1/credit/" + code + "/redeem", amount("1.00", "EUR"), "Idempotency-Key", "x1"),
        422,
        "credit-expired");
    assertThat(StoreApi.json(store.get("/api/v1/credit/" + code)).getBoolean("expired")).isTrue();
    JsonObject expired = CreditPayouts.drive(store, Map.of("op", "expire", "code", code));
    assertThat(expired.getInt("expired")).isGreaterThanOrEqualTo(1);
    assertThat(balance(code)).as("the rest expired with an entry").isEqualTo("0.00");
  }

  @Test
  void theShopperSeesTheBalanceAndTheCodeOnTheStatusPage() throws Exception {
    String email = "page-" + System.nanoTime() + "@example.com";
    String rma = approvedReturn(store, email);
    CreditPayouts.due(store, rma, rma + "-C1", "GIFT_CARD", "25.00", "0.00");
    String link = Mailbox.link(email, "Your credit for return " + rma);
    String code = code(Mailbox.text(email, "Your credit for return " + rma));

    WebSession shopper = new WebSession();
    WebSession.Page page = shopper.get(link);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().select("#credits .rp-credit-code").text()).isEqualTo(code);
    assertThat(page.document().select("#credits .rp-credit-balance").text()).contains("25.00");
    String last4 = code.substring(code.length() - 4);
    HttpResponse<byte[]> pdf =
        shopper.raw(
            "/s/" + store.merchant().slug() + "/giftcard.pdf?rma=" + rma + "&card=" + last4,
            Map.of());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    HttpResponse<byte[]> stranger =
        new WebSession()
            .raw(
                "/s/" + store.merchant().slug() + "/giftcard.pdf?rma=" + rma + "&card=" + last4,
                Map.of());
    assertThat(stranger.statusCode()).as("without the return's link").isEqualTo(404);
  }

  private static String giftCard(String value) {
    String email = "card-" + System.nanoTime() + "@example.com";
    String rma = approvedReturn(store, email);
    CreditPayouts.due(store, rma, rma + "-C1", "GIFT_CARD", value, "0.00");
    return code(Mailbox.text(email, "Your credit for return " + rma));
  }

  private static String approvedReturn(StoreApi shop, String email) {
    String number = "CR-" + System.nanoTime();
    order(shop, number, email, "DE", 3, "30.00");
    HttpResponse<String> created =
        shop.post(
            "/api/v1/returns",
            ReturnsFixtures.newReturn(number, email, "too-small"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return StoreApi.json(created).getString("rma");
  }

  private static String code(String mail) {
    Matcher found = CODE.matcher(mail);
    assertThat(found.find()).as("a code in " + mail).isTrue();
    return found.group();
  }

  /**
   * A code with a fitting check symbol that was never issued: the same body, one symbol changed.
   */
  private static String neverIssued(String bare) {
    String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    char first = bare.charAt(0) == '2' ? '3' : '2';
    String body = first + bare.substring(1, 19);
    return body + checkSymbol(body, alphabet);
  }

  /** Damm's check over GF(32), written out again here so that the test does not trust the code. */
  private static char checkSymbol(String body, String alphabet) {
    int interim = 0;
    for (char c : body.toCharArray()) {
      interim = times2(interim) ^ alphabet.indexOf(c);
    }
    return alphabet.charAt(times2(interim));
  }

  private static int times2(int element) {
    int shifted = element << 1;
    return (shifted & 0b100000) != 0 ? shifted ^ 0b100101 : shifted;
  }

  private static String amount(String value, String currency) {
    return "{\"amount\": {\"amount\": \"%s\", \"currency\": \"%s\"}}".formatted(value, currency);
  }

  private static String balance(String code) {
    HttpResponse<String> response = store.get("/api/v1/credit/" + code);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response).getJsonObject("balance").getString("amount");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(StoreApi.json(response).getString("code")).isEqualTo(code);
    assertThat(StoreApi.json(response).getString("title")).isNotBlank();
  }

  private interface Call {
    HttpResponse<String> call(int i);
  }

  private static List<HttpResponse<String>> atOnce(int count, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        Callable<HttpResponse<String>> task =
            () -> {
              start.await();
              return call.call(index);
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> future : futures) {
        responses.add(future.get());
      }
      return responses;
    } finally {
      pool.shutdown();
    }
  }
}
