package org.returnport.it.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.returns.ParcelEventsDriver;
import org.returnport.it.returns.ParcelEventsFiring;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Tier benefits inside the return policy, on the deployed application: the policy gives Gold free
 * return shipping, 15 more days, the refund at the first carrier scan and a 15 % store-credit
 * bonus. A Gold shopper (as the loyalty program answers, here a test bean by address) sees the
 * benefits by name, pays no fee and may return after the store's 30 days; the return keeps Gold
 * after the shopper leaves the tier, down to its payout at the first scan. A shopper in no tier
 * pays the fee and has the store's window.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TierBenefitsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final String GOLD =
      """
      "tierBenefits": [{"tier": "gold", "freeReturnShipping": true, "extraWindowDays": 15,
                        "refundAtFirstScan": true, "storeCreditBonusPercent": 15}],
       "hubs": [""";

  private static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(ShopperTierDriver.class, ParcelEventsDriver.class),
            List.of(ParcelEventsFiring.class));
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClasses(TestShopperTiers.class);
    ear.delete("loyalty.jar");
    return ear.addAsModule(loyalty);
  }

  @BeforeAll
  static void aStoreWhosePolicyGivesGoldMore() {
    store = StoreApi.newStore("Tier Shop");
    ReturnsFixtures.publishPolicy(store, 0, "5.95", json -> json.replace("\"hubs\": [", GOLD));
    ReturnsFixtures.stock(store);
  }

  @Test
  void aGoldShopperShipsFreeAfterTheStoresWindowAndTheReturnKeepsGold() throws Exception {
    String email = "gold-" + System.nanoTime() + "@example.com";
    place(email, "gold", "Gold", "黄金");
    String number = "TG-" + System.nanoTime();
    ReturnsFixtures.order(store, number, email, "FR", 40, "30.00");
    WebSession shopper = new WebSession();

    WebSession.Page choose = find(shopper, number, email);
    assertThat(benefits(choose))
        .contains("Gold: free return shipping")
        .contains("Gold: 15 more days to return")
        .contains("Gold: refund at the first carrier scan")
        .contains("Gold: 15% store-credit bonus");
    assertThat(choose.text()).doesNotContain("return window for this item closed");
    WebSession.Page review = shopper.submit(choose, "choose", teeFor("REFUND"), "review");
    assertThat(review.document().getElementById("shippingFee").text()).isEqualTo("− €0.00");
    assertThat(review.document().getElementById("total").text()).isEqualTo("€30.00");
    assertThat(benefits(review)).contains("Gold: free return shipping");

    WebSession.Page status = shopper.submit(review, "review", Map.of(), "submit");
    assertThat(status.document().getElementById("status").text()).isEqualTo("Approved");
    String rma = status.document().getElementById("rma").text();
    assertThat(benefits(status))
        .contains("Gold: free return shipping")
        .contains("Gold: refund at the first carrier scan");
    JsonObject stored = IntakeFixtures.returnOf(store, rma);
    assertThat(stored.getString("tier")).isEqualTo("gold");
    assertThat(stored.getJsonObject("shippingFee").getString("amount")).isEqualTo("0.00");

    place(email, null, null, null);
    String later = "TL-" + System.nanoTime();
    ReturnsFixtures.order(store, later, email, "FR", 5, "30.00");
    WebSession next = new WebSession();
    WebSession.Page notGoldAnyMore =
        next.submit(find(next, later, email), "choose", teeFor("REFUND"), "review");
    assertThat(notGoldAnyMore.document().getElementById("shippingFee").text())
        .as("the shopper's next return is priced for the tier they are in now")
        .isEqualTo("− €5.95");
    assertThat(notGoldAnyMore.document().getElementById("tier-benefits")).isNull();

    String statusPath = status.uri().getRawPath() + "?" + status.uri().getRawQuery();
    assertThat(benefits(shopper.get(statusPath)))
        .as("the return keeps the tier it was requested under")
        .contains("Gold: free return shipping");
    assertThat(IntakeFixtures.returnOf(store, rma).getString("tier")).isEqualTo("gold");
    assertThat(IntakeFixtures.events(store, "PayoutDue", rma))
        .as("the policy pays at inspection")
        .isZero();
    firstScan(rma);
    JsonObject due = IntakeFixtures.event(store, "PayoutDue", rma);
    assertThat(due.getJsonObject("amount").getString("amount"))
        .as("Gold's refund at the first scan, though the shopper is no longer Gold")
        .isEqualTo("30.00");
  }

  @Test
  void aGoldShoppersStoreCreditEarnsGoldsBonusAndReadsInChinese() throws Exception {
    String email = "gold-credit-" + System.nanoTime() + "@example.com";
    place(email, "gold", "Gold", "黄金");
    String number = "TC-" + System.nanoTime();
    ReturnsFixtures.order(store, number, email, "DE", 3, "30.00");
    var created =
        store.post(
            "/api/v1/returns",
            """
            {"orderNumber": "%s", "email": "%s", "resolution": "STORE_CREDIT", "language": "zh-CN",
             "items": [{"lineNo": 1, "quantity": 1, "reason": "too-small", "condition": "unused"}]}
            """
                .formatted(number, email),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String rma = StoreApi.json(created).getString("rma");

    JsonObject stored = IntakeFixtures.returnOf(store, rma);
    assertThat(stored.getString("tier")).isEqualTo("gold");
    assertThat(stored.getJsonObject("refund").getString("amount")).isEqualTo("30.00");
    assertThat(stored.getJsonObject("bonus").getString("amount"))
        .as("15 % of 30.00, not the policy's 10 %")
        .isEqualTo("4.50");

    WebSession chinese = new WebSession("zh-CN");
    WebSession.Page choose = find(chinese, number, email);
    assertThat(benefits(choose)).contains("黄金：免退货运费").contains("黄金：退货期限延长 15 天");
  }

  @Test
  void aShopperInNoTierPaysTheFeeWithinTheStoresWindow() {
    String email = "none-" + System.nanoTime() + "@example.com";
    String recent = "TN-" + System.nanoTime();
    ReturnsFixtures.order(store, recent, email, "FR", 5, "30.00");
    WebSession shopper = new WebSession();

    WebSession.Page choose = find(shopper, recent, email);
    assertThat(choose.document().getElementById("tier-benefits")).isNull();
    WebSession.Page review = shopper.submit(choose, "choose", teeFor("REFUND"), "review");
    assertThat(review.document().getElementById("shippingFee").text()).isEqualTo("− €5.95");
    assertThat(review.document().getElementById("total").text()).isEqualTo("€24.05");
    WebSession.Page status = shopper.submit(review, "review", Map.of(), "submit");
    String rma = status.document().getElementById("rma").text();
    assertThat(status.document().getElementById("tier-benefits")).isNull();
    JsonObject stored = IntakeFixtures.returnOf(store, rma);
    assertThat(!stored.containsKey("tier") || stored.isNull("tier")).as("no tier").isTrue();

    String old = "TO-" + System.nanoTime();
    ReturnsFixtures.order(store, old, email, "FR", 40, "30.00");
    assertThat(find(new WebSession(), old, email).text())
        .as("40 days after delivery is past the store's 30")
        .contains("return window for this item closed");
  }

  // --- helpers ---

  private static WebSession.Page find(WebSession shopper, String number, String email) {
    return shopper.submit(
        shopper.get("/s/" + store.merchant().slug() + "/returns"),
        "find",
        Map.of("orderNumber", number, "email", email),
        "go");
  }

  private static Map<String, String> teeFor(String resolution) {
    return Map.of(
        "items:0:selected", "true",
        "items:0:quantity", "1",
        "items:0:reason", "too-small",
        "items:0:condition", "unused",
        "resolution", resolution);
  }

  /** The page's tier benefits, one per line; fails when the page shows none. */
  private static String benefits(WebSession.Page page) {
    Element section = page.document().getElementById("tier-benefits");
    assertThat(section).as("tier benefits on " + page.uri() + ":\n" + page.text()).isNotNull();
    return section.select("li").eachText().stream().collect(Collectors.joining("\n"));
  }

  private static void place(String email, String tier, String en, String zh) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("store", store.merchant().slug());
    form.put("email", email);
    if (tier != null) {
      form.put("tier", tier);
      form.put("en", en);
      form.put("zh", zh);
    }
    assertThat(post("/it/shopper-tiers", form).statusCode()).isEqualTo(204);
  }

  private static void firstScan(String rma) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("store", store.merchant().slug());
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
