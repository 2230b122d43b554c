package org.returnport.it.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.access.StaffRole;
import org.returnport.it.Deployments;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.StaffInvitations;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * The loyalty console against the real application: members and their entries are made through the
 * ledger by a test bean ({@link LoyaltyConsoleITBean}, driven over HTTP by {@link
 * LoyaltyConsoleDriver}); staff search, read and adjust on the console's pages and through its
 * boundaries as real invited people; another store's administrator finds nothing. The months and
 * the liability are checked against entries placed in known months.
 */
@ExtendWith(ArquillianExtension.class)
class LoyaltyConsoleIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static StoreApi store;
  private static StoreApi otherStore;
  private static WebSession owner;
  private static String admin;
  private static String agent;
  private static String otherAdmin;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(List.of(LoyaltyConsoleDriver.class), List.of());
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClasses(LoyaltyConsoleITBean.class);
    ear.delete("loyalty.jar");
    WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
    ear.delete("portal-web.war");
    return ear.addAsModule(loyalty).addAsModule(web);
  }

  @BeforeAll
  static void aStoreWithAnAdministratorAndAnAgentAndAnotherStore() throws Exception {
    store = StoreApi.newStore("Points Desk");
    otherStore = StoreApi.newStore("Other Points");
    owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    NewMerchant desk = NewMerchant.unique("Points agent");
    desk.signUp(new WebSession());
    StaffInvitations.invite(owner, desk.email(), StaffRole.MERCHANT_AGENT);
    StaffInvitations.accept(desk);
    admin = KeycloakForTests.accessToken(store.merchant().email(), store.merchant().password());
    agent = KeycloakForTests.accessToken(desk.email(), desk.password());
    otherAdmin =
        KeycloakForTests.accessToken(
            otherStore.merchant().email(), otherStore.merchant().password());
  }

  @Test
  void staffFindAMemberByNameOrEmailOnlyInTheirOwnStore() throws Exception {
    String email = "mia.search-" + System.nanoTime() + "@example.com";
    long mia = member(store, "Mia Searchable", email);
    post(store, "earn", Map.of("member", mia, "key", "join/" + mia, "points", 120));

    assertThat(found(store, admin, "mia search")).containsExactly(mia);
    assertThat(found(store, admin, email.substring(0, email.indexOf('@')).toUpperCase()))
        .containsExactly(mia);
    assertThat(found(store, agent, "SEARCHABLE")).containsExactly(mia);
    assertThat(found(store, admin, "nobody-by-this-name-" + System.nanoTime())).isEmpty();
    JsonObject row =
        json(ok(call(store, admin, "search", Map.of("q", email))))
            .getJsonArray("members")
            .getJsonObject(0);
    assertThat(row.getJsonNumber("balance").longValue()).isEqualTo(120);
    assertThat(row.getJsonNumber("pending").longValue()).isZero();

    // The console's page finds her too, with her balance.
    WebSession.Page page = owner.get("/console/loyalty-members.xhtml?q=Searchable");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().getElementById("member-" + mia)).isNotNull();
    assertThat(page.document().getElementById("member-" + mia).text())
        .contains("Mia Searchable", email, "120");

    // Another store's administrator does not find her, nor her ledger, nor can adjust her points.
    assertThat(found(otherStore, otherAdmin, email)).isEmpty();
    assertThat(call(otherStore, otherAdmin, "ledger", Map.of("member", mia)).statusCode())
        .isEqualTo(404);
    assertThat(
            call(
                    otherStore,
                    otherAdmin,
                    "adjust",
                    Map.of("member", mia, "points", 10, "reason", "x", "key", key()))
                .statusCode())
        .isEqualTo(404);
    // Nor does someone signed in nowhere, nor the other administrator in this store.
    assertThat(call(store, null, "search", Map.of("q", email)).statusCode()).isEqualTo(404);
    assertThat(call(store, otherAdmin, "search", Map.of("q", email)).statusCode()).isEqualTo(404);
    assertThat(balance(mia)).isEqualTo(120);
  }

  @Test
  void anAdjustmentNeedsAReasonIsRecordedWithWhoMadeItAndHappensOncePerForm() throws Exception {
    long leo = member(store, "Leo Adjusted", "leo-" + System.nanoTime() + "@example.com");
    post(store, "earn", Map.of("member", leo, "key", "join/" + leo, "points", 100));

    // Without a reason: refused, in English and in Chinese, and nothing written.
    assertRefused(
        call(store, admin, "adjust", Map.of("member", leo, "points", 50, "key", key())),
        "returnport.loyalty.adjust.reasonRequired");
    assertRefused(
        call(
            store,
            admin,
            "adjust",
            Map.of("member", leo, "points", 50, "reason", "   ", "key", key())),
        "returnport.loyalty.adjust.reasonRequired");
    String memberPage = "/console/loyalty-member.xhtml?member=" + leo;
    WebSession.Page form = owner.get(memberPage);
    assertThat(form.status()).isEqualTo(200);
    WebSession.Page refused =
        owner.submit(form, "adjust", Map.of("points", "50", "reason", ""), "save");
    assertThat(refused.fieldError("adjust", "reason")).contains("Give a reason");
    WebSession chinese = new WebSession("zh-CN");
    chinese.signIn(store.merchant().email(), store.merchant().password());
    WebSession.Page chineseForm = chinese.get(memberPage);
    assertThat(
            chinese
                .submit(chineseForm, "adjust", Map.of("points", "50", "reason", " "), "save")
                .fieldError("adjust", "reason"))
        .contains("请填写调整原因");
    assertThat(entries(leo)).hasSize(1);
    assertThat(balance(leo)).isEqualTo(100);

    // An agent reads the ledger but does not adjust.
    assertThat(call(store, agent, "ledger", Map.of("member", leo)).statusCode()).isEqualTo(200);
    assertThat(
            call(
                    store,
                    agent,
                    "adjust",
                    Map.of("member", leo, "points", 50, "reason", "Agent try", "key", key()))
                .statusCode())
        .isEqualTo(404);

    // With a reason, on the page: recorded once with the administrator's name, even when the same
    // form is sent twice (a double click).
    WebSession.Page done =
        owner.submit(
            form,
            "adjust",
            Map.of("points", "50", "reason", "Goodwill: parcel arrived late"),
            "save");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.text()).contains("Adjustment of 50 points recorded");
    WebSession.Page again =
        owner.submit(
            form,
            "adjust",
            Map.of("points", "50", "reason", "Goodwill: parcel arrived late"),
            "save");
    assertThat(again.text()).contains("already recorded");
    assertThat(balance(leo)).isEqualTo(150);
    List<JsonObject> entries = entries(leo);
    assertThat(entries).hasSize(2);
    JsonObject adjustment = entries.get(0);
    assertThat(adjustment.getString("kind")).isEqualTo("ADJUST");
    assertThat(adjustment.getJsonNumber("points").longValue()).isEqualTo(50);
    assertThat(adjustment.getString("actor")).isEqualTo(store.merchant().email());
    assertThat(adjustment.getString("reason")).isEqualTo("Goodwill: parcel arrived late");
    assertThat(adjustment.getString("messageKey")).isEqualTo("loyalty.entry.adjusted");
    assertThat(done.document().getElementById("entry-" + adjustment.getJsonNumber("id")))
        .isNotNull();
    assertThat(done.document().getElementById("balance").text()).isEqualTo("150");

    // Through the boundary the same key is one adjustment too.
    String key = key();
    Map<String, Object> removal =
        Map.of("member", leo, "points", -30, "reason", "Duplicate award", "key", key);
    assertThat(json(ok(call(store, admin, "adjust", removal))).getBoolean("replayed")).isFalse();
    JsonObject replay = json(ok(call(store, admin, "adjust", removal)));
    assertThat(replay.getBoolean("replayed")).isTrue();
    assertThat(replay.getJsonNumber("balance").longValue()).isEqualTo(120);

    // Removing more than the balance is refused, and nothing changes.
    HttpResponse<String> tooMuch =
        call(
            store,
            admin,
            "adjust",
            Map.of("member", leo, "points", -121, "reason", "Take it all", "key", key()));
    assertRefused(tooMuch, "returnport.loyalty.adjust.belowZero");
    assertThat(json(tooMuch).getJsonArray("arguments").getString(0)).isEqualTo("120");
    ok(
        call(
            store,
            admin,
            "adjust",
            Map.of("member", leo, "points", -120, "reason", "Closing the account", "key", key())));

    JsonObject ledger = json(ok(call(store, admin, "ledger", Map.of("member", leo))));
    assertThat(ledger.getBoolean("addsUp")).isTrue();
    assertThat(ledger.getJsonArray("entries").getValuesAs(JsonObject.class))
        .extracting(e -> e.getJsonNumber("balanceAfter").longValue())
        .containsExactly(0L, 120L, 150L, 100L);
  }

  @Test
  void theMonthsAndTheLiabilityAddUpInTheStoresCurrency() throws Exception {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    String twoAgo = at(now.minusMonths(2), 10);
    String lastMonth = at(now.minusMonths(1), 10);
    String lastMonthLater = at(now.minusMonths(1), 12);
    long ada = member(otherStore, "Ada Figures", "ada-" + System.nanoTime() + "@example.com");
    long bo = member(otherStore, "Bo Debt", "bo-" + System.nanoTime() + "@example.com");

    // Two months ago: 300 spendable at once, 200 pending (not issued yet).
    post(otherStore, "earn", Map.of("member", ada, "key", "a-join", "points", 300, "at", twoAgo));
    long held =
        id(
            post(
                otherStore,
                "pending",
                Map.of("member", ada, "key", "a-review", "points", 200, "at", twoAgo)));
    // Last month: the 200 confirmed, 150 redeemed, 50 earned and clawed back; Bo earns 100,
    // spends them, and the award is clawed back: a debt of 100.
    post(otherStore, "confirm", Map.of("entry", held, "at", lastMonth));
    post(
        otherStore,
        "redeem",
        Map.of("member", ada, "key", "a-redeem", "points", 150, "at", lastMonth));
    long helpful =
        id(
            post(
                otherStore,
                "earn",
                Map.of("member", ada, "key", "a-helpful", "points", 50, "at", lastMonth)));
    post(
        otherStore,
        "clawback",
        Map.of("entry", helpful, "confirmed", 50, "pendingPart", 0, "at", lastMonthLater));
    long boAward =
        id(
            post(
                otherStore,
                "earn",
                Map.of("member", bo, "key", "b-review", "points", 100, "at", lastMonth)));
    post(
        otherStore,
        "redeem",
        Map.of("member", bo, "key", "b-redeem", "points", 100, "at", lastMonth));
    post(
        otherStore,
        "clawback",
        Map.of("entry", boAward, "confirmed", 100, "pendingPart", 0, "at", lastMonthLater));
    // This month: 100 expire, 80 go pending, staff add 25.
    post(otherStore, "expire", Map.of("member", ada, "key", "a-expire", "points", 100));
    post(otherStore, "pending", Map.of("member", ada, "key", "a-review-2", "points", 80));
    ok(
        call(
            otherStore,
            otherAdmin,
            "adjust",
            Map.of("member", ada, "points", 25, "reason", "Welcome back", "key", key())));

    JsonObject overview = json(ok(call(otherStore, otherAdmin, "insights", Map.of())));
    List<JsonObject> months = overview.getJsonArray("months").getValuesAs(JsonObject.class);
    assertThat(months).hasSize(12);
    assertThat(months.get(11).getString("month")).isEqualTo(now.toString());
    assertMonth(months.get(9), now.minusMonths(2), 300, 0, 0, 0, 0);
    assertMonth(months.get(10), now.minusMonths(1), 200 + 50 + 100, 250, 0, 150, 0);
    assertMonth(months.get(11), now, 0, 0, 100, 0, 25);
    assertThat(months.subList(0, 9))
        .allSatisfy(m -> assertThat(m.getJsonNumber("issued").longValue()).isZero());

    // Ada holds 300 + 200 - 150 + 50 - 50 - 100 + 25 = 275 and 80 pending; Bo owes 100, which does
    // not lower what Ada can spend. At the default 0.01 a point, in the store's euros.
    assertThat(
            json(ok(call(otherStore, otherAdmin, "ledger", Map.of("member", ada))))
                .getJsonObject("member")
                .getJsonNumber("balance")
                .longValue())
        .isEqualTo(275);
    JsonObject liability = overview.getJsonObject("liability");
    assertThat(liability.getJsonNumber("points").longValue()).isEqualTo(275);
    assertThat(liability.getJsonNumber("pendingPoints").longValue()).isEqualTo(80);
    assertThat(liability.getJsonNumber("debtPoints").longValue()).isEqualTo(100);
    assertThat(liability.getString("currency")).isEqualTo("EUR");
    assertThat(liability.getString("value")).isEqualTo("2.75");
    assertThat(liability.getString("pendingValue")).isEqualTo("0.80");
    assertThat(liability.getString("debtValue")).isEqualTo("1.00");

    // The first store's figures know nothing of these.
    JsonObject mine = json(ok(call(store, agent, "insights", Map.of())));
    JsonObject mineTwoAgo = mine.getJsonArray("months").getValuesAs(JsonObject.class).get(9);
    assertThat(mineTwoAgo.getJsonNumber("issued").longValue()).isZero();
    assertThat(mine.getJsonObject("liability").getJsonNumber("debtPoints").longValue()).isZero();

    // The page shows the same, as a chart and as a table.
    WebSession other = new WebSession();
    other.signIn(otherStore.merchant().email(), otherStore.merchant().password());
    WebSession.Page page = other.get("/console/loyalty-insights.xhtml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.document().getElementById("chart")).isNotNull();
    assertThat(page.document().getElementById("month-" + now.minusMonths(1)).text())
        .contains("350", "250", "150");
    assertThat(page.document().getElementById("liabilityValue").text()).contains("2.75");
  }

  // --- the store's data, through the driver

  private static long member(StoreApi in, String name, String email) throws Exception {
    return id(post(in, "member", Map.of("name", name, "email", email)));
  }

  private static JsonObject post(StoreApi in, String op, Map<String, Object> fields)
      throws Exception {
    return json(ok(call(in, null, op, fields)));
  }

  private static long id(JsonObject answer) {
    return answer.getJsonNumber("id").longValue();
  }

  private static List<Long> found(StoreApi in, String token, String q) throws Exception {
    return json(ok(call(in, token, "search", Map.of("q", q))))
        .getJsonArray("members")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(m -> m.getJsonNumber("id").longValue())
        .toList();
  }

  private static List<JsonObject> entries(long member) throws Exception {
    return json(ok(call(store, admin, "ledger", Map.of("member", member))))
        .getJsonArray("entries")
        .getValuesAs(JsonObject.class);
  }

  private static long balance(long member) throws Exception {
    return json(ok(call(store, admin, "ledger", Map.of("member", member))))
        .getJsonObject("member")
        .getJsonNumber("balance")
        .longValue();
  }

  private static void assertMonth(
      JsonObject month,
      YearMonth which,
      long issued,
      long redeemed,
      long expired,
      long clawedBack,
      long adjusted) {
    assertThat(month.getString("month")).isEqualTo(which.toString());
    assertThat(month.getJsonNumber("issued").longValue()).as("issued").isEqualTo(issued);
    assertThat(month.getJsonNumber("redeemed").longValue()).as("redeemed").isEqualTo(redeemed);
    assertThat(month.getJsonNumber("expired").longValue()).as("expired").isEqualTo(expired);
    assertThat(month.getJsonNumber("clawedBack").longValue()).as("clawed").isEqualTo(clawedBack);
    assertThat(month.getJsonNumber("adjusted").longValue()).as("adjusted").isEqualTo(adjusted);
  }

  private static String at(YearMonth month, int day) {
    return month.atDay(day).atTime(12, 0).toInstant(ZoneOffset.UTC).toString();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  // --- HTTP

  private static HttpResponse<String> call(
      StoreApi in, String token, String op, Map<String, Object> fields) throws Exception {
    JsonObjectBuilder body = Json.createObjectBuilder();
    fields.forEach(
        (name, value) -> {
          if (value instanceof Number number) {
            body.add(name, number.longValue());
          } else {
            body.add(name, String.valueOf(value));
          }
        });
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    WebSession.BASE
                        + "/it/loyalty-console?store="
                        + in.merchant().slug()
                        + "&op="
                        + op))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()));
    if (token != null) {
      request.header("X-Person-Token", token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static void assertRefused(HttpResponse<String> response, String key) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(json(response).getString("key")).isEqualTo(key);
  }

  private static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
