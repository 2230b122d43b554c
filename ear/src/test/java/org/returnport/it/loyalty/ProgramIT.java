package org.returnport.it.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * The points program as a merchant publishes it in the console (a stale editor refused), and a
 * member's tier following their points: up at once when they cross a threshold, down as the twelve
 * months slide, in the event log each time, and as the return policy asks for it. Another store
 * sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ProgramIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "member-pass-1";
  private static final String PAGE = "/console/loyalty-program.xhtml";

  private static StoreApi storeA;
  private static StoreApi storeB;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(MemberDriver.class, ProgramDriver.class),
            List.of(JoinedEvents.class, ShopperTiersProbe.class));
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClasses(PointsForTests.class);
    ear.delete("loyalty.jar");
    return ear.addAsModule(loyalty);
  }

  @BeforeAll
  static void twoStores() {
    storeA = StoreApi.newStore("Tiers Alpha");
    storeB = StoreApi.newStore("Tiers Bravo");
  }

  @Test
  void anAdminPublishesTheProgramAndAnEditorWhoStartedEarlierIsRefused() {
    WebSession first = admin();
    WebSession second = admin();
    WebSession.Page firstForm = first.get(PAGE);
    WebSession.Page secondForm = second.get(PAGE);
    assertThat(firstForm.status()).isEqualTo(200);
    assertThat(firstForm.text()).contains("default program", "keep the rules of the version");

    // Bad input: a tier code with capitals and spaces is refused, and nothing is published.
    WebSession.Page refused =
        first.submit(firstForm, "program", Map.of("tier:0:code", "Silver Tier"), "publish");
    assertThat(refused.text()).contains("Each tier needs its own code");
    assertThat(first.get(PAGE).text()).contains("default program");

    // Gold from 1,500 points, with its Chinese name and perks; version 1.
    WebSession.Page published =
        first.submit(
            first.get(PAGE),
            "program",
            Map.of(
                "tier:1:threshold", "1500",
                "tier:1:nameZh", "金卡",
                "tier:1:perksEn", "Free return shipping",
                "holdDays", "10"),
            "publish");
    assertThat(published.text()).contains("Version 1 of the program is published");
    WebSession.Page reloaded = first.get(PAGE);
    assertThat(reloaded.text()).contains("Version 1 is in force");
    assertThat(reloaded.document().getElementById("program:tier:1:threshold").val())
        .isEqualTo("1500");
    assertThat(reloaded.document().getElementById("program:holdDays").val()).isEqualTo("10");
    assertThat(reloaded.document().getElementById("history").text()).contains("10 days on hold");

    // The other editor started from the defaults: refused, translated, nothing written.
    WebSession.Page stale =
        second.submit(secondForm, "program", Map.of("holdDays", "3"), "publish");
    assertThat(stale.text())
        .contains("Someone published version 1 of the program while you were editing");
    assertThat(first.get(PAGE).document().getElementById("program:holdDays").val()).isEqualTo("10");

    // Another store's program is its own.
    WebSession other = new WebSession();
    other.signIn(storeB.merchant().email(), storeB.merchant().password());
    assertThat(other.get(PAGE).text()).contains("default program");
  }

  @Test
  void aMembersTierRisesWithPointsFallsAsTheYearSlidesAndIsWhatThePolicyAsks() throws Exception {
    // Store B keeps the defaults: Silver from 500 points, Gold from 2,000.
    String email = "tiers-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    long member = join(storeB, email);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    assertThat(award(storeB, member, 600, "early", now.minus(200, ChronoUnit.DAYS))).isTrue();
    assertThat(tier(storeB, email).getString("code", null)).isEqualTo("silver");
    assertThat(award(storeB, member, 1500, "late", now)).isTrue();
    JsonObject gold = tier(storeB, email.toUpperCase());
    assertThat(gold.getString("code")).isEqualTo("gold");
    assertThat(gold.getString("en")).isEqualTo("Gold");
    assertThat(gold.getString("zh")).isEqualTo("黄金");
    // The same award delivered again changes nothing: no second move.
    assertThat(award(storeB, member, 1500, "late", now)).isFalse();
    assertThat(moves(storeB, member)).containsExactly("null>silver", "silver>gold");

    // Another store: no member by that address, no tier, no events, and its review moves nobody.
    assertThat(tier(storeA, email).containsKey("code")).isFalse();
    assertThat(review(storeA, now.atZone(ZoneOffset.UTC).plusMonths(13).toInstant())).isZero();
    assertThat(StoreApi.json(storeA.get("/api/v1/events?type=TierChanged")).getInt("total"))
        .isZero();

    // A review today moves nobody; seven months on the early points have left the window.
    assertThat(review(storeB, now)).isZero();
    assertThat(review(storeB, now.atZone(ZoneOffset.UTC).plusMonths(7).toInstant())).isEqualTo(1);
    assertThat(tier(storeB, email).getString("code", null)).isEqualTo("silver");
    // Thirteen months on nothing is left: no tier, and the policy finds none.
    assertThat(review(storeB, now.atZone(ZoneOffset.UTC).plusMonths(13).toInstant())).isEqualTo(1);
    assertThat(tier(storeB, email).containsKey("code")).isFalse();
    assertThat(moves(storeB, member))
        .containsExactly("null>silver", "silver>gold", "gold>silver", "silver>null");
  }

  @Test
  void byTheSpendBasisOrdersInTheStoresCurrencyPlaceTheMemberAtTheReview() throws Exception {
    StoreApi store = StoreApi.newStore("Tiers Charlie");
    ReturnsFixtures.stock(store);
    WebSession admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());
    WebSession.Page published =
        admin.submit(
            admin.get(PAGE),
            "program",
            Map.of("tierBasis", "SPEND", "tier:0:threshold", "100", "tier:1:threshold", "250.50"),
            "publish");
    assertThat(published.text()).contains("Version 1 of the program is published");

    String email = "spend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    long member = join(store, email);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // 2 × 30 + 89 = 149 EUR, by the address as the shop wrote it; 289 USD left out.
    ReturnsFixtures.order(store, "SP-" + System.nanoTime(), email.toUpperCase(), "FR", 10, "30.00");
    HttpResponse<String> dollars =
        store.post(
            "/api/v1/orders",
            ReturnsFixtures.orderJson("SP-" + System.nanoTime(), email, "FR", 5, "100.00")
                .replace("EUR", "USD"));
    assertThat(dollars.statusCode()).as(dollars.body()).isEqualTo(201);
    assertThat(review(store, now)).isEqualTo(1);
    assertThat(tier(store, email).getString("code", null)).isEqualTo("silver");

    // 2 × 51 + 89 = 191 more: 340 EUR reaches Gold at 250.50.
    ReturnsFixtures.order(store, "SP-" + System.nanoTime(), email, "FR", 2, "51.00");
    assertThat(review(store, now.plus(1, ChronoUnit.DAYS))).isEqualTo(1);
    assertThat(tier(store, email).getString("code", null)).isEqualTo("gold");
    assertThat(review(store, now.atZone(ZoneOffset.UTC).plusMonths(13).toInstant())).isEqualTo(1);
    assertThat(moves(store, member)).containsExactly("null>silver", "silver>gold", "gold>null");
  }

  private static WebSession admin() {
    WebSession session = new WebSession();
    session.signIn(storeA.merchant().email(), storeA.merchant().password());
    return session;
  }

  /** A verified shopper who joined the store; their member id. */
  private static long join(StoreApi store, String email) throws Exception {
    KeycloakForTests.createShopper(email, PASSWORD, true);
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    HttpResponse<String> joined =
        post(
            "/it/members?store=" + store.merchant().slug() + "&op=join",
            token,
            Json.createObjectBuilder()
                .add("displayName", "Tia")
                .add("language", "en")
                .add("consent", true)
                .build()
                .toString());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    return json(joined.body()).getJsonObject("member").getJsonNumber("id").longValue();
  }

  private static boolean award(StoreApi store, long member, long points, String key, Instant at)
      throws Exception {
    HttpResponse<String> answer =
        driver(
            store,
            "award&member="
                + member
                + "&points="
                + points
                + "&key="
                + member
                + "-"
                + key
                + "&at="
                + at);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getBoolean("written");
  }

  private static JsonObject tier(StoreApi store, String email) throws Exception {
    HttpResponse<String> answer =
        driver(store, "tier&email=" + java.net.URLEncoder.encode(email, "UTF-8"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body());
  }

  private static int review(StoreApi store, Instant now) throws Exception {
    HttpResponse<String> answer = driver(store, "review&now=" + now);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getInt("moved");
  }

  /** The member's TierChanged events in the store's event log, oldest first, as "from>to". */
  private static List<String> moves(StoreApi store, long member) {
    HttpResponse<String> page = store.get("/api/v1/events?type=TierChanged&size=200");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return StoreApi.json(page).getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getJsonObject("data"))
        .filter(data -> data.getJsonNumber("memberId").longValue() == member)
        .map(data -> code(data, "from") + ">" + code(data, "to"))
        .toList();
  }

  private static String code(JsonObject data, String field) {
    return data.containsKey(field) && !data.isNull(field) ? data.getString(field) : "null";
  }

  private static HttpResponse<String> driver(StoreApi store, String query) throws Exception {
    return post("/it/loyalty/program?store=" + store.merchant().slug() + "&op=" + query, null, "");
  }

  private static HttpResponse<String> post(String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(WebSession.BASE + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Person-Token", token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
