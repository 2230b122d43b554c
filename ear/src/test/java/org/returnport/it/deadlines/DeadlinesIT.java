package org.returnport.it.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
 * Deadlines that move themselves, on the deployed application: incident mode declared on the
 * console of two stores (a third is left alone), a carrier delay fired as the parcels feature fires
 * it, and the sweep run at later times (reminder, expiry, expiry paused by an incident). The sweep
 * and the scans are driven through {@link DeadlinesDriver}, acting for the store as the server's
 * jobs do.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeadlinesIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static final Map<String, String> EMAILS = new ConcurrentHashMap<>();

  static StoreApi alpha;
  static StoreApi bravo;
  static StoreApi charlie;
  static StoreApi delta;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.applicationWith(
        List.of(DeadlinesDriver.class), List.of(DeadlinesProbe.class));
  }

  @BeforeAll
  static void threeStores() {
    alpha = store("Deadlines Alpha");
    bravo = store("Deadlines Bravo");
    charlie = store("Deadlines Charlie");
    delta = store("Deadlines Delta");
  }

  private static StoreApi store(String name) {
    StoreApi store = StoreApi.newStore(name);
    ReturnsFixtures.publishPolicy(store, 0, "5.95");
    ReturnsFixtures.stock(store);
    return store;
  }

  @Test
  void anIncidentMovesTheDeadlinesOfTheReturnsItConcernsInBulkInEachStoreThatDeclaresIt() {
    String a1 = newReturn(alpha, "FR", 3);
    String a2 = newReturn(alpha, "FR", 3);
    String aGerman = newReturn(alpha, "DE", 3);
    String b1 = newReturn(bravo, "FR", 3);
    String c1 = newReturn(charlie, "FR", 3);
    Map<String, JsonObject> before = new LinkedHashMap<>();
    before.put(a1, state(alpha, a1));
    before.put(a2, state(alpha, a2));
    before.put(aGerman, state(alpha, aGerman));
    before.put(b1, state(bravo, b1));
    before.put(c1, state(charlie, c1));

    WebSession.Page refused =
        declareOnConsole(alpha, "fr", "", "", TODAY.plusDays(3).toString(), "5");
    WebSession.Page unknown =
        declareOnConsole(alpha, "fr, xx", "", "Port strike", TODAY.plusDays(3).toString(), "5");
    WebSession.Page backwards =
        declareOnConsole(alpha, "fr", "", "Port strike", TODAY.minusDays(1).toString(), "5");
    WebSession.Page tooLong =
        declareOnConsole(alpha, "fr", "", "Port strike", TODAY.plusDays(3).toString(), "91");
    assertThat(refused.text())
        .contains("Write the reason shoppers will read, at least in English.");
    assertThat(unknown.text()).contains("Unknown country code \"xx\".");
    assertThat(backwards.text()).contains("The last day cannot be before the first day.");
    assertThat(tooLong.text()).contains("An extension is between 1 and 90 days.");
    assertThat(tooLong.document().getElementById("incidents").text())
        .as("nothing declared")
        .doesNotContain("Port strike");
    assertThat(state(alpha, a1).getString("shipBy")).isEqualTo(before.get(a1).getString("shipBy"));

    WebSession.Page declaredA =
        declareOnConsole(alpha, "fr", "", "Port strike", TODAY.plusDays(3).toString(), "5");
    WebSession.Page declaredB =
        declareOnConsole(bravo, "FR", "dhl", "Port strike", TODAY.plusDays(3).toString(), "5");

    assertThat(declaredA.text()).contains("Incident declared; the deadlines of 2 returns moved.");
    assertThat(declaredB.text()).contains("Incident declared; the deadlines of one return moved.");
    assertThat(declaredA.document().getElementById("incidents").text())
        .contains("On")
        .contains("France")
        .contains("Port strike");
    for (var moved : List.of(List.of(alpha, a1), List.of(alpha, a2), List.of(bravo, b1))) {
      StoreApi store = (StoreApi) moved.get(0);
      String rma = (String) moved.get(1);
      JsonObject after = state(store, rma);
      assertThat(daysBetween(before.get(rma), after, "shipBy")).as(rma).isEqualTo(5);
      assertThat(daysBetween(before.get(rma), after, "refundBy")).as(rma).isEqualTo(5);
      assertThat(kinds(after)).as(rma).containsOnlyOnce("DEADLINES_MOVED");
      assertThat(Mailbox.text(email(rma), "More time for your return " + rma))
          .contains("A strike (Port strike): 5 more days.")
          .contains("Please send the parcel by");
    }
    assertThat(state(alpha, aGerman).getString("shipBy"))
        .as("shipped from Germany: not concerned")
        .isEqualTo(before.get(aGerman).getString("shipBy"));
    assertThat(state(charlie, c1).getString("shipBy"))
        .as("another store")
        .isEqualTo(before.get(c1).getString("shipBy"));
    assertThat(kinds(state(charlie, c1))).doesNotContain("DEADLINES_MOVED");

    assertThat(types(alpha)).contains("IncidentDeclared");
    assertThat(movedRmas(alpha)).contains(a1, a2).doesNotContain(aGerman);
    assertThat(movedRmas(bravo)).containsExactly(b1);
    assertThat(movedRmas(charlie)).isEmpty();

    assertThat(new WebSession().get(shop(alpha)).text()).contains("Port strike");
    assertThat(new WebSession("zh-CN").get(shop(alpha)).text()).contains("罢工");
    assertThat(new WebSession().get(shop(charlie)).text()).doesNotContain("Port strike");

    // The window: 30 days under the policy, 35 for French orders while the incident is on.
    String late = "WIN-" + System.nanoTime();
    ReturnsFixtures.order(alpha, late, "late@example.com", "FR", 33, "30.00");
    ReturnsFixtures.order(charlie, late, "late@example.com", "FR", 33, "30.00");
    assertThat(submit(alpha, late, "late@example.com").statusCode()).isEqualTo(201);
    assertThat(submit(charlie, late, "late@example.com").statusCode()).isEqualTo(422);

    // Ended early: the banner goes, the moved dates stay.
    WebSession admin = signedIn(alpha);
    WebSession.Page list = admin.get("/console/incidents.xhtml");
    WebSession.Page ended =
        admin.submit(list, "incidents", Map.of(), endButton(list, "incidents", "Port strike"));
    assertThat(ended.text()).contains("Incident ended.");
    assertThat(ended.document().getElementById("incidents").text()).contains("Over");
    assertThat(new WebSession().get(shop(alpha)).text()).doesNotContain("Port strike");
    assertThat(daysBetween(before.get(a1), state(alpha, a1), "shipBy")).isEqualTo(5);
  }

  @Test
  void aCarrierDelayThatIsNotTheShoppersMovesTheDeadlinesOnceAndTellsTheShopper() {
    String rma = newReturn(delta, "FR", 2);
    JsonObject before = state(delta, rma);

    assertThat(
            driver(delta, "scan", rma, "days", "3", "cause", "CUSTOMS", "words", "Held at customs")
                .statusCode())
        .isEqualTo(200);
    JsonObject delayed = state(delta, rma);
    driver(delta, "scan", rma, "days", "4", "cause", "SHOPPER", "words", "Refused at the door");
    driver(delta, "scan", rma, "days", "0", "cause", "CUSTOMS", "words", "Cleared");
    JsonObject after = state(delta, rma);

    assertThat(daysBetween(before, delayed, "shipBy")).isEqualTo(3);
    assertThat(daysBetween(before, delayed, "refundBy")).isEqualTo(3);
    assertThat(after.getString("shipBy"))
        .as("the shopper's delay and no delay move nothing")
        .isEqualTo(delayed.getString("shipBy"));
    assertThat(kinds(after)).containsOnlyOnce("DEADLINES_MOVED");
    String mail = Mailbox.text(email(rma), "More time for your return " + rma);
    assertThat(mail)
        .contains("3 more days")
        .contains("A hold-up at customs (Held at customs)")
        .contains("Your refund is now promised by");
    assertThat(movedRmas(delta)).contains(rma);

    String link = Mailbox.link(email(rma), "More time for your return " + rma);
    WebSession.Page status = new WebSession().get(link);
    assertThat(status.document().getElementById("refundBy").text())
        .startsWith("Your refund is promised by");

    WebSession agent = signedIn(delta);
    WebSession.Page detail = agent.get("/console/return.xhtml?rma=" + rma);
    assertThat(detail.document().getElementById("refundBy")).isNotNull();
    WebSession.Page extended =
        agent.submit(
            detail, "deadlines", Map.of("days", "2", "note", "The label came late"), "extend");
    assertThat(extended.text()).contains("The deadlines of return " + rma + " moved by 2 days.");
    assertThat(daysBetween(delayed, state(delta, rma), "shipBy")).isEqualTo(2);
  }

  @Test
  void theShopperIsRemindedOnceBeforeTheSendByDateAndTheReturnExpiresAfterIt() {
    String rma = newReturn(alpha, "DE", 2);
    Instant shipBy = Instant.parse(state(alpha, rma).getString("shipBy"));

    JsonObject early = sweep(alpha, shipBy.minus(Duration.ofDays(5)));
    JsonObject reminded = sweep(alpha, shipBy.minus(Duration.ofDays(1)));
    sweep(alpha, shipBy.minus(Duration.ofHours(2)));
    String reminder = Mailbox.text(email(rma), "Please send your return " + rma + " soon");
    JsonObject expired = sweep(alpha, shipBy.plus(Duration.ofHours(1)));
    JsonObject closed = state(alpha, rma);

    assertThat(early.getInt("reminded")).as("five days before: too early").isZero();
    assertThat(reminded.getInt("reminded")).isGreaterThanOrEqualTo(1);
    assertThat(reminder).contains("by").contains("DHL");
    assertThat(Mailbox.count(email(rma), "Please send your return " + rma + " soon")).isEqualTo(1);
    assertThat(expired.getInt("expired")).isGreaterThanOrEqualTo(1);
    assertThat(closed.getString("status")).isEqualTo("EXPIRED");
    assertThat(kinds(closed)).containsOnlyOnce("REMINDED").containsOnlyOnce("EXPIRED");
    assertThat(Mailbox.text(email(rma), "Your return " + rma + " has expired"))
        .contains("so it has expired");
    assertThat(types(alpha)).contains("ReturnExpired");

    HttpResponse<String> extension = driver(alpha, "extend", rma, "days", "5");
    assertThat(extension.statusCode()).isEqualTo(422);
    assertThat(StoreApi.json(extension).getString("key"))
        .isEqualTo("returnport.return.deadlinesClosed");
    assertThat(state(alpha, rma).getString("shipBy")).isEqualTo(closed.getString("shipBy"));
  }

  @Test
  void anIncidentThatIsOnKeepsTheReturnsItConcernsFromExpiring() {
    StoreApi store = delta;
    String rma = newReturn(store, "NL", 2);
    HttpResponse<String> declared =
        driver(
            store,
            "incident",
            null,
            "countries",
            "NL",
            "cause",
            "WEATHER",
            "reason",
            "Storm",
            "firstDay",
            TODAY.toString(),
            "lastDay",
            TODAY.plusDays(40).toString(),
            "days",
            "2");
    Instant shipBy = Instant.parse(state(store, rma).getString("shipBy"));
    Instant late = shipBy.plus(Duration.ofDays(1));

    JsonObject paused = sweep(store, late);
    String stillApproved = state(store, rma).getString("status");
    driver(store, "end", null, "id", String.valueOf(StoreApi.json(declared).getInt("id")));
    JsonObject resumed = sweep(store, late);

    assertThat(StoreApi.json(declared).getInt("moved")).isEqualTo(1);
    assertThat(paused.getInt("paused")).isGreaterThanOrEqualTo(1);
    assertThat(stillApproved).isEqualTo("APPROVED");
    assertThat(resumed.getInt("expired")).isGreaterThanOrEqualTo(1);
    assertThat(state(store, rma).getString("status")).isEqualTo("EXPIRED");
  }

  @Test
  void theOperatorDeclaresAnIncidentInEveryStoreAndEndsItEverywhere() {
    String reason = "Nationwide postal strike " + System.nanoTime();
    String carrier = "Post " + System.nanoTime();
    WebSession operator = new WebSession();
    operator.signIn("operator@returnport.example", "operator-demo-1");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("countries", "");
    fields.put("carrier", carrier);
    fields.put("cause", "STRIKE");
    fields.put("reasonEn", reason);
    fields.put("reasonZh", "");
    fields.put("firstDay", TODAY.toString());
    fields.put("lastDay", TODAY.plusDays(2).toString());
    fields.put("extensionDays", "4");

    WebSession.Page declared =
        operator.submit(operator.get("/platform/incidents.xhtml"), "declare", fields, "submit");
    WebSession.Page console = signedIn(delta).get("/console/incidents.xhtml");
    String bannerWhileOn = new WebSession().get(shop(delta)).text();
    WebSession.Page ended =
        operator.submit(declared, "incidents", Map.of(), endButton(declared, "incidents", reason));
    WebSession.Page consoleAfter = signedIn(delta).get("/console/incidents.xhtml");

    assertThat(declared.text()).containsPattern("Incident declared in \\d+ stores\\.");
    assertThat(console.document().getElementById("incidents").text())
        .contains(reason)
        .contains(carrier)
        .contains("operator@returnport.example");
    assertThat(bannerWhileOn).contains(reason).contains("4 more days");
    assertThat(ended.text()).contains("Incident ended.");
    assertThat(new WebSession().get(shop(delta)).text()).doesNotContain(reason);
    assertThat(row(consoleAfter, "incidents", reason)).contains("Over");
  }

  // --- helpers

  /** The text of the row of a list that mentions the text. */
  private static String row(WebSession.Page page, String formId, String text) {
    return page.document().getElementById(formId).select("tr").stream()
        .filter(tr -> tr.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in:\n" + page.text()))
        .text();
  }

  /** The name (within the form) of the "End now" button in the row that mentions the text. */
  private static String endButton(WebSession.Page page, String formId, String text) {
    return page.document().getElementById(formId).select("tr").stream()
        .filter(tr -> tr.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text + " in:\n" + page.text()))
        .selectFirst("input[type=submit]")
        .attr("name")
        .substring(formId.length() + 1);
  }

  private static String newReturn(StoreApi store, String country, int deliveredDaysAgo) {
    String number = "DL-" + System.nanoTime();
    String email = "dl-" + number.toLowerCase() + "@example.com";
    ReturnsFixtures.order(store, number, email, country, deliveredDaysAgo, "30.00");
    HttpResponse<String> created = submit(store, number, email);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String rma = StoreApi.json(created).getString("rma");
    EMAILS.put(rma, email);
    return rma;
  }

  private static String email(String rma) {
    return EMAILS.get(rma);
  }

  private static HttpResponse<String> submit(StoreApi store, String number, String email) {
    return store.post(
        "/api/v1/returns",
        ReturnsFixtures.newReturn(number, email, "too-small"),
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  private static WebSession signedIn(StoreApi store) {
    WebSession admin = new WebSession();
    admin.signIn(store.merchant().email(), store.merchant().password());
    return admin;
  }

  private static WebSession.Page declareOnConsole(
      StoreApi store,
      String countries,
      String carrier,
      String reason,
      String lastDay,
      String days) {
    WebSession admin = signedIn(store);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("countries", countries);
    fields.put("carrier", carrier);
    fields.put("cause", "STRIKE");
    fields.put("reasonEn", reason);
    fields.put("reasonZh", reason.isEmpty() ? "" : "港口罢工");
    fields.put("firstDay", TODAY.toString());
    fields.put("lastDay", lastDay);
    fields.put("extensionDays", days);
    return admin.submit(admin.get("/console/incidents.xhtml"), "declare", fields, "submit");
  }

  private static String shop(StoreApi store) {
    return "/s/" + store.merchant().slug() + "/returns";
  }

  private static JsonObject state(StoreApi store, String rma) {
    HttpResponse<String> response = driver(store, "state", rma);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static JsonObject sweep(StoreApi store, Instant now) {
    HttpResponse<String> response = driver(store, "sweep", null, "now", now.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static HttpResponse<String> driver(
      StoreApi store, String op, String rma, String... parameters) {
    StringBuilder query =
        new StringBuilder("/it/deadlines?store=" + store.merchant().slug() + "&op=" + op);
    if (rma != null) {
      query.append("&rma=").append(rma);
    }
    for (int i = 0; i < parameters.length; i += 2) {
      query
          .append('&')
          .append(parameters[i])
          .append('=')
          .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
    }
    try {
      return HTTP.send(
          HttpRequest.newBuilder(WebSession.BASE.resolve(query.toString()))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static long daysBetween(JsonObject before, JsonObject after, String field) {
    return Duration.between(
            Instant.parse(before.getString(field)), Instant.parse(after.getString(field)))
        .toDays();
  }

  private static List<String> kinds(JsonObject state) {
    return state.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }

  private static List<String> types(StoreApi store) {
    return events(store).stream().map(e -> e.getString("type")).collect(Collectors.toList());
  }

  private static List<String> movedRmas(StoreApi store) {
    return events(store).stream()
        .filter(e -> e.getString("type").equals("DeadlinesMoved"))
        .map(e -> e.getJsonObject("data").getString("rma"))
        .toList();
  }

  private static List<JsonObject> events(StoreApi store) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      HttpResponse<String> response = store.get("/api/v1/events?size=200&page=" + page);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject json = StoreApi.json(response);
      all.addAll(json.getJsonArray("items").getValuesAs(JsonObject.class));
      if (all.size() >= json.getJsonNumber("total").longValue()) {
        return all;
      }
    }
  }
}
