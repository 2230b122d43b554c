package org.returnport.it.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.members.JoinedEvents;
import org.returnport.it.members.MemberDriver;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Members of a store redeem points on the deployed application: through the API with the store's
 * integration key and with their own token. The defaults of the program apply (a point is worth
 * 0.01 in the store's currency, at least 500 points in steps of 100). Points come from the ledger
 * as staff adjustments ({@link PointsGiving}). Store credit bought with points is used by the shop
 * through the credit API; discount codes reach the console and its Shopify CSV; races, replays, too
 * many points and another store's members change nothing wrongly.
 */
@ExtendWith(ArquillianExtension.class)
class RedemptionIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "points-pass-1";

  private static StoreApi storeA;
  private static StoreApi storeB;

  record Member(String token, long id) {}

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(MemberDriver.class, PointsGiver.class), List.of(JoinedEvents.class));
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClasses(PointsGiving.class);
    ear.delete("loyalty.jar");
    return ear.addAsModule(loyalty);
  }

  @BeforeAll
  static void twoStores() {
    storeA = StoreApi.newStore("Points Alpha");
    storeB = StoreApi.newStore("Points Bravo");
  }

  @Test
  void pointsBecomeStoreCreditThatTheShopRedeemsThroughTheCreditApiOnce() throws Exception {
    Member mia = member(storeA, "mia");
    assertThat(PointsGiver.give(slugA(), mia.id(), 2000)).isEqualTo(2000);
    JsonObject points = StoreApi.json(storeA.get("/api/v1/loyalty/members/" + mia.id()));
    assertThat(points.getJsonNumber("balance").longValue()).isEqualTo(2000);
    assertThat(points.getJsonNumber("redeemable").longValue()).isEqualTo(2000);
    assertThat(points.getInt("minimumPoints")).isEqualTo(500);
    String currency = points.getJsonObject("pointValue").getString("currency");

    String key = UUID.randomUUID().toString();
    HttpResponse<String> made = redeemFor(storeA, mia.id(), 1000, "STORE_CREDIT", key);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    assertThat(made.headers().firstValue("Idempotent-Replayed")).contains("false");
    JsonObject credit = StoreApi.json(made);
    String code = credit.getString("code");
    assertThat(credit.getJsonObject("value").getString("amount")).isEqualTo("10.00");
    assertThat(credit.getJsonObject("value").getString("currency")).isEqualTo(currency);
    assertThat(credit.getJsonNumber("balance").longValue()).isEqualTo(1000);
    assertThat(credit.getString("last4")).isEqualTo(code.substring(code.length() - 4));

    // The credit is store credit like any other: the shop reads and redeems it by its code.
    JsonObject read = StoreApi.json(storeA.get("/api/v1/credit/" + code));
    assertThat(read.getString("kind")).isEqualTo("STORE_CREDIT");
    assertThat(read.getJsonObject("balance").getString("amount")).isEqualTo("10.00");
    HttpResponse<String> spent =
        storeA.post(
            "/api/v1/credit/" + code + "/redeem",
            "{\"amount\": {\"amount\": \"4.00\", \"currency\": \"" + currency + "\"}}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(spent.statusCode()).as(spent.body()).isEqualTo(200);
    assertThat(StoreApi.json(spent).getJsonObject("balance").getString("amount")).isEqualTo("6.00");

    // The same key again answers the first redemption and takes nothing; another request under
    // it is a conflict.
    HttpResponse<String> again = redeemFor(storeA, mia.id(), 1000, "STORE_CREDIT", key);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(StoreApi.json(again).getString("code")).isEqualTo(code);
    assertThat(StoreApi.json(again).getJsonObject("creditBalance").getString("amount"))
        .isEqualTo("6.00");
    assertRefused(redeemFor(storeA, mia.id(), 500, "STORE_CREDIT", key), "idempotency-conflict");
    assertThat(balance(storeA, mia.id())).isEqualTo(1000);

    // Too many points, below the minimum, off the step: refused in the caller's language, nothing
    // changes.
    long entries = ledger(storeA, mia.id(), "en").getJsonNumber("total").longValue();
    HttpResponse<String> tooMany =
        redeemFor(storeA, mia.id(), 1100, "STORE_CREDIT", UUID.randomUUID().toString());
    assertRefused(tooMany, "insufficient-points");
    assertThat(StoreApi.json(tooMany).getString("title")).contains("You have 1,000 points");
    assertRefused(
        redeemFor(storeA, mia.id(), 400, "DISCOUNT_CODE", UUID.randomUUID().toString()),
        "below-minimum");
    assertRefused(
        redeemFor(storeA, mia.id(), 550, "DISCOUNT_CODE", UUID.randomUUID().toString()),
        "not-a-step");
    HttpResponse<String> chinese =
        storeA.post(
            "/api/v1/loyalty/members/" + mia.id() + "/redemptions",
            body(1100, "STORE_CREDIT"),
            "Idempotency-Key",
            UUID.randomUUID().toString(),
            "Accept-Language",
            "zh-CN");
    assertRefused(chinese, "insufficient-points");
    assertThat(StoreApi.json(chinese).getString("title")).contains("您可用的积分为 1,000");
    assertThat(balance(storeA, mia.id())).isEqualTo(1000);
    assertThat(ledger(storeA, mia.id(), "en").getJsonNumber("total").longValue())
        .isEqualTo(entries);
    assertThat(
            StoreApi.json(storeA.get("/api/v1/credit/" + code))
                .getJsonObject("balance")
                .getString("amount"))
        .isEqualTo("6.00");

    // The ledger explains the redemption in the reader's language; one event, last four only.
    JsonObject newest = ledger(storeA, mia.id(), "zh-CN").getJsonArray("entries").getJsonObject(0);
    assertThat(newest.getString("kind")).isEqualTo("REDEEM");
    assertThat(newest.getJsonNumber("points").longValue()).isEqualTo(-1000);
    assertThat(newest.getString("explanation")).isEqualTo("兑换为 10.00 " + currency + " 的商店余额");
    List<JsonObject> redeemed = redeemedEvents(storeA, mia.id());
    assertThat(redeemed).hasSize(1);
    assertThat(redeemed.get(0).getString("reward")).isEqualTo("STORE_CREDIT");
    assertThat(redeemed.get(0).getString("reference")).isEqualTo(code.substring(code.length() - 4));
    assertThat(redeemed.get(0).getJsonNumber("points").longValue()).isEqualTo(1000);
    assertThat(redeemed.get(0).toString()).doesNotContain(code);
  }

  @Test
  void aMemberRedeemsADiscountCodeWithTheirOwnTokenAndTheConsoleExportsItForShopify()
      throws Exception {
    Member lena = member(storeA, "lena");
    PointsGiver.give(slugA(), lena.id(), 700);

    JsonObject mine = StoreApi.json(asMember(lena, "/api/v1/loyalty/me", "GET", null));
    assertThat(mine.getJsonNumber("memberId").longValue()).isEqualTo(lena.id());
    assertThat(mine.getJsonNumber("balance").longValue()).isEqualTo(700);
    assertThat(mine.getJsonNumber("redeemable").longValue()).isEqualTo(700);

    String key = UUID.randomUUID().toString();
    HttpResponse<String> made =
        asMember(
            lena,
            "/api/v1/loyalty/me/redemptions",
            "POST",
            "{\"points\": 500, \"reward\": \"DISCOUNT_CODE\", \"idempotencyKey\": \""
                + key
                + "\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    JsonObject discount = StoreApi.json(made);
    String code = discount.getString("code");
    assertThat(code).matches("PTS(-[2-9A-HJ-NP-Z]{4}){4}");
    assertThat(discount.getJsonObject("value").getString("amount")).isEqualTo("5.00");
    assertThat(discount.getJsonNumber("balance").longValue()).isEqualTo(200);
    assertThat(discount.containsKey("creditBalance")).isFalse();

    // The body's key works like the header's: the same again is one redemption.
    HttpResponse<String> again =
        asMember(
            lena,
            "/api/v1/loyalty/me/redemptions",
            "POST",
            "{\"points\": 500, \"reward\": \"DISCOUNT_CODE\", \"idempotencyKey\": \""
                + key
                + "\"}");
    assertThat(StoreApi.json(again).getString("code")).isEqualTo(code);
    assertThat(StoreApi.json(again).getBoolean("replayed")).isTrue();
    assertThat(balance(storeA, lena.id())).isEqualTo(200);
    assertRefused(
        asMember(
            lena,
            "/api/v1/loyalty/me/redemptions",
            "POST",
            "{\"points\": 500, \"reward\": \"DISCOUNT_CODE\", \"idempotencyKey\": \"x-"
                + key
                + "\"}"),
        "insufficient-points");

    JsonObject history =
        StoreApi.json(asMember(lena, "/api/v1/loyalty/me/ledger?max=1", "GET", null));
    // joining, the points given, the redemption
    assertThat(history.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(history.getJsonArray("entries").getJsonObject(0).getString("explanation"))
        .isEqualTo(
            "Redeemed for a discount code worth 5.00 "
                + discount.getJsonObject("value").getString("currency")
                + " (…"
                + code.substring(code.length() - 4)
                + ")");

    // The console lists the code by its last four; the CSV holds it whole, for Shopify.
    WebSession admin = new WebSession();
    admin.signIn(storeA.merchant().email(), storeA.merchant().password());
    WebSession.Page page = admin.get("/console/loyalty-codes.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("…" + code.substring(code.length() - 4)).doesNotContain(code);
    HttpResponse<byte[]> csv = admin.download(page, "codes", "csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("Title,Command,Code,Type,Value,Usage Limit,Starts At\r\n");
    assertThat(text).contains(",NEW," + code + ",Fixed Amount,-5.00,1,");
  }

  @Test
  void twoRedemptionsAtOnceThatTogetherExceedTheBalanceLeaveExactlyOneDone() throws Exception {
    Member omar = member(storeA, "omar");
    PointsGiver.give(slugA(), omar.id(), 1000);
    int before = redeemedEvents(storeA, omar.id()).size();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<HttpResponse<String>>> racing =
          List.of("STORE_CREDIT", "DISCOUNT_CODE").stream()
              .map(
                  reward ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              start.await();
                              return redeemFor(
                                  storeA, omar.id(), 700, reward, UUID.randomUUID().toString());
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                              throw new IllegalStateException(e);
                            }
                          },
                          pool))
              .toList();
      start.countDown();
      List<HttpResponse<String>> answers = racing.stream().map(CompletableFuture::join).toList();

      assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 422);
      HttpResponse<String> refused =
          answers.stream().filter(a -> a.statusCode() == 422).findFirst().orElseThrow();
      assertThat(StoreApi.json(refused).getString("code")).isEqualTo("insufficient-points");
    } finally {
      pool.shutdown();
    }
    assertThat(balance(storeA, omar.id())).isEqualTo(300);
    assertThat(redeemedEvents(storeA, omar.id())).hasSize(before + 1);
    // joining, the points given, the one redemption done
    assertThat(ledger(storeA, omar.id(), "en").getJsonNumber("total").longValue()).isEqualTo(3);
  }

  @Test
  void anotherStoresMemberIsNotFoundAndAMemberTokenReadsOnlyItsOwner() throws Exception {
    Member ava = member(storeA, "ava");
    Member ben = member(storeA, "ben");
    PointsGiver.give(slugA(), ava.id(), 600);

    for (HttpResponse<String> answer :
        List.of(
            storeB.get("/api/v1/loyalty/members/" + ava.id()),
            storeB.get("/api/v1/loyalty/members/" + ava.id() + "/ledger"),
            storeB.get("/api/v1/loyalty/members?email=" + emailOf(ava)),
            redeemFor(storeB, ava.id(), 500, "STORE_CREDIT", UUID.randomUUID().toString()))) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
      assertThat(StoreApi.json(answer).getString("code")).isEqualTo("member-not-found");
    }
    assertThat(balance(storeA, ava.id())).isEqualTo(600);
    JsonObject byEmail = StoreApi.json(storeA.get("/api/v1/loyalty/members?email=" + emailOf(ava)));
    assertThat(byEmail.getJsonNumber("memberId").longValue()).isEqualTo(ava.id());

    // Ben's token reads Ben, whatever he asks for: the store's endpoints refuse member tokens.
    HttpResponse<String> other = asMember(ben, "/api/v1/loyalty/members/" + ava.id(), "GET", null);
    assertThat(other.statusCode()).isEqualTo(401);
    assertThat(
            asMember(
                    ben,
                    "/api/v1/loyalty/members/" + ava.id() + "/redemptions",
                    "POST",
                    body(500, "STORE_CREDIT"))
                .statusCode())
        .isEqualTo(401);
    JsonObject own = StoreApi.json(asMember(ben, "/api/v1/loyalty/me", "GET", null));
    assertThat(own.getJsonNumber("memberId").longValue()).isEqualTo(ben.id());
    assertThat(own.getJsonNumber("balance").longValue())
        .as("the points for joining")
        .isEqualTo(100);
    assertRefused(
        asMember(ben, "/api/v1/loyalty/me/redemptions", "POST", body(500, "STORE_CREDIT")),
        "insufficient-points");
    assertThat(balance(storeA, ava.id())).isEqualTo(600);

    // In store B the same person is nobody's member.
    HttpResponse<String> elsewhere =
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/loyalty/me"))
                .header("Authorization", "Bearer " + ben.token())
                .header("X-Returnport-Store", storeB.merchant().slug())
                .GET());
    assertRefused(elsewhere, "not-a-member");
  }

  private static final Map<Long, String> EMAILS = new ConcurrentHashMap<>();

  private static Member member(StoreApi store, String name) throws Exception {
    String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    KeycloakForTests.createShopper(email, PASSWORD, true);
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    String body =
        Json.createObjectBuilder()
            .add("displayName", name + " " + UUID.randomUUID().toString().substring(0, 4))
            .add("language", "en")
            .add("consent", true)
            .build()
            .toString();
    HttpResponse<String> joined =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        WebSession.BASE
                            + "/it/members?store="
                            + store.merchant().slug()
                            + "&op=join"))
                .header("Content-Type", "application/json")
                .header("X-Person-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    long id = StoreApi.json(joined).getJsonObject("member").getJsonNumber("id").longValue();
    EMAILS.put(id, email);
    return new Member(token, id);
  }

  private static String emailOf(Member member) {
    return EMAILS.get(member.id());
  }

  private static HttpResponse<String> redeemFor(
      StoreApi store, long memberId, long points, String reward, String key) {
    return store.post(
        "/api/v1/loyalty/members/" + memberId + "/redemptions",
        body(points, reward),
        "Idempotency-Key",
        key);
  }

  /** A redemption's body, with a key of its own (a header's key comes first). */
  private static String body(long points, String reward) {
    return "{\"points\": "
        + points
        + ", \"reward\": \""
        + reward
        + "\", \"idempotencyKey\": \""
        + UUID.randomUUID()
        + "\"}";
  }

  private static long balance(StoreApi store, long memberId) {
    HttpResponse<String> points = store.get("/api/v1/loyalty/members/" + memberId);
    assertThat(points.statusCode()).as(points.body()).isEqualTo(200);
    return StoreApi.json(points).getJsonNumber("balance").longValue();
  }

  private static JsonObject ledger(StoreApi store, long memberId, String language) {
    HttpResponse<String> page =
        store.get(
            "/api/v1/loyalty/members/" + memberId + "/ledger?max=100", "Accept-Language", language);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return StoreApi.json(page);
  }

  private static List<JsonObject> redeemedEvents(StoreApi store, long memberId) {
    return StoreApi.json(store.get("/api/v1/events?type=PointsRedeemed&size=100"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getJsonObject("data"))
        .filter(d -> d.getJsonNumber("memberId").longValue() == memberId)
        .toList();
  }

  private static void assertRefused(HttpResponse<String> response, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(StoreApi.json(response).getString("code")).isEqualTo(code);
  }

  private static HttpResponse<String> asMember(
      Member member, String path, String method, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(WebSession.BASE.resolve(path))
            .header("Authorization", "Bearer " + member.token())
            .header("X-Returnport-Store", slugA())
            .header("Accept-Language", "en");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return send(request);
  }

  private static String slugA() {
    return storeA.merchant().slug();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
