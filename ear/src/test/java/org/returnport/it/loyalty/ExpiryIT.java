package org.returnport.it.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Points lapse on a test clock (the expiry job run at chosen moments, as the daily timer runs it at
 * the real time): a member is warned once, about a month ahead, then exactly their unspent points
 * lapse, once. And the store's own events through {@code POST /api/v1/loyalty/activities}: the same
 * batch delivered twice, one after the other or at the same moment, awards each event once.
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "member-pass-1";

  /** The tests' stores sign up in France: their calendar is Paris's. */
  private static final ZoneId STORE_ZONE = ZoneId.of("Europe/Paris");

  /** The program's default: points lapse after 12 months without earning or redeeming. */
  private static final int MONTHS = 12;

  private static StoreApi expiring;
  private static StoreApi earning;
  private static StoreApi other;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(MemberDriver.class, ExpiryDriver.class), List.of(JoinedEvents.class));
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClass(ExpiryProbe.class);
    ear.delete("loyalty.jar");
    return ear.addAsModule(loyalty);
  }

  @BeforeAll
  static void stores() {
    expiring = StoreApi.newStore("Expiry Alpha");
    earning = StoreApi.newStore("Expiry Bravo");
    other = StoreApi.newStore("Expiry Charlie");
  }

  @Test
  void confirmedPointsAreWarnedOfOnceAMonthAheadThenExactlyTheUnspentOnesLapseOnce()
      throws Exception {
    Person mia = join(expiring, "mia", true);
    Person ned = join(expiring, "ned", false);
    JsonObject awarded =
        results(
                award(
                    expiring,
                    item(mia.id(), null, 300, "order-" + System.nanoTime(), "Spring order")))
            .get(0);
    assertThat(awarded.getString("status")).isEqualTo("awarded");
    assertThat(awarded.getInt("points")).isEqualTo(300);
    award(expiring, item(ned.id(), null, 40, "order-" + System.nanoTime(), "Spring order"));
    // 100 of Mia's points are spent before anything lapses.
    driver(expiring, "takeOff", Map.of("member", mia.id(), "points", 100, "key", "it-" + mia.id()));

    JsonObject before = points(expiring, mia.id());
    long unspent = before.getJsonNumber("balance").longValue();
    assertThat(unspent).isEqualTo(before.getJsonNumber("recounted").longValue());
    assertThat(unspent).isGreaterThanOrEqualTo(200);
    Instant active = Instant.parse(before.getString("lastActivityAt"));
    LocalDate day = LocalDate.ofInstant(active, STORE_ZONE).plusMonths(MONTHS);
    Instant lapse = day.atStartOfDay(STORE_ZONE).toInstant();

    // Long before: nothing to say.
    assertThat(run(expiring, lapse.minus(Duration.ofDays(45))).getInt("warned")).isZero();
    // Thirty-one days before: warned, once, with the points, the day and the rewards page.
    JsonObject warning = run(expiring, lapse.minus(Duration.ofDays(31)).plusSeconds(3600));
    assertThat(warning.getInt("warned")).isEqualTo(2);
    assertThat(warning.getJsonNumber("expiredPoints").longValue()).isZero();
    String subject =
        unspent
            + " Points expire on "
            + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag("en"))
                .format(day);
    String text = Mailbox.text(mia.email(), subject);
    assertThat(text)
        .contains(Long.toString(unspent))
        .contains("/s/" + expiring.merchant().slug() + "/rewards");
    assertThat(run(expiring, lapse.minus(Duration.ofDays(30))).getInt("warned")).isZero();
    assertThat(run(expiring, lapse.minus(Duration.ofDays(2))).getInt("warned")).isZero();

    // A second before the day begins in Paris nothing lapses.
    assertThat(run(expiring, lapse.minusSeconds(1)).getJsonNumber("expiredPoints").longValue())
        .isZero();
    assertThat(points(expiring, mia.id()).getJsonNumber("balance").longValue()).isEqualTo(unspent);

    // On the day: exactly what was left of Mia's and Ned's points, nothing pending.
    JsonObject lapsed = run(expiring, lapse.plusSeconds(3600));
    JsonObject after = points(expiring, mia.id());
    assertThat(after.getJsonNumber("expired").longValue()).isEqualTo(unspent);
    assertThat(after.getJsonNumber("balance").longValue()).isZero();
    assertThat(after.getJsonNumber("recounted").longValue()).isZero();
    assertThat(after.getJsonNumber("pending").longValue())
        .isEqualTo(before.getJsonNumber("pending").longValue());
    JsonObject nedAfter = points(expiring, ned.id());
    assertThat(nedAfter.getJsonNumber("balance").longValue()).isZero();
    assertThat(lapsed.getJsonNumber("expiredPoints").longValue())
        .isEqualTo(unspent + nedAfter.getJsonNumber("expired").longValue());

    // Again, the same day or later: nothing changes.
    for (Instant again : List.of(lapse.plusSeconds(7200), lapse.plus(Duration.ofDays(3)))) {
      JsonObject rerun = run(expiring, again);
      assertThat(rerun.getJsonNumber("expiredPoints").longValue()).isZero();
      assertThat(rerun.getInt("warned")).isZero();
    }
    JsonObject last = points(expiring, mia.id());
    assertThat(last.getJsonNumber("entries").longValue())
        .isEqualTo(after.getJsonNumber("entries").longValue());
    assertThat(last.getJsonNumber("balance").longValue()).isZero();
    assertThat(Mailbox.count(mia.email(), subject)).isEqualTo(1);
    // Ned asked for no mail about points: warned in the account, never mailed.
    String nedsSubject =
        nedAfter.getJsonNumber("expired").longValue()
            + " Points expire on "
            + subject.split(" on ", 2)[1];
    assertThat(Mailbox.count(ned.email(), nedsSubject)).isZero();
  }

  @Test
  void theSameBatchDeliveredTwiceAwardsEachEventOnceAndRefusesWhatItMust() throws Exception {
    Person ann = join(earning, "ann", false);
    String run = "act-" + System.nanoTime();
    long startBalance = points(earning, ann.id()).getJsonNumber("balance").longValue();
    JsonArrayBuilder items =
        Json.createArrayBuilder()
            .add(item(ann.id(), null, 10, run + "-1", "Birthday bonus"))
            .add(item(null, ann.email().toUpperCase(Locale.ROOT), 20, run + "-2", "Newsletter"))
            .add(item(999_999_999L, null, 5, run + "-3", "Nobody"))
            .add(item(ann.id(), null, 0, run + "-4", "Nothing"))
            .add(item(ann.id(), ann.email(), 5, run + "-5", "Both"));
    String batch = Json.createObjectBuilder().add("items", items).build().toString();

    List<JsonObject> first = results(earning.post("/api/v1/loyalty/activities", batch));
    assertThat(first)
        .extracting(r -> r.getString("status"))
        .containsExactly("awarded", "awarded", "refused", "refused", "refused");
    assertThat(first.subList(2, 5))
        .extracting(r -> r.getJsonObject("problem").getString("code"))
        .containsExactly("member-not-found", "invalid-points", "member-missing");
    assertThat(first.get(2).getJsonObject("problem").getString("title")).isNotBlank();
    List<JsonObject> second = results(earning.post("/api/v1/loyalty/activities", batch));
    assertThat(second)
        .extracting(r -> r.getString("status"))
        .containsExactly("duplicate", "duplicate", "refused", "refused", "refused");
    assertThat(second.get(0).getInt("points")).isEqualTo(10);

    // Twenty events, the batch sent twice at the same moment.
    JsonArrayBuilder twenty = Json.createArrayBuilder();
    for (int i = 0; i < 20; i++) {
      twenty.add(item(ann.id(), null, 1, run + "-b" + i, "Order " + i));
    }
    String both = Json.createObjectBuilder().add("items", twenty).build().toString();
    List<CompletableFuture<HttpResponse<String>>> deliveries =
        List.of(sendAsync(earning, both), sendAsync(earning, both));
    Map<String, Integer> awards = new HashMap<>();
    for (CompletableFuture<HttpResponse<String>> delivery : deliveries) {
      for (JsonObject result : results(delivery.join())) {
        assertThat(result.getString("status")).isIn("awarded", "duplicate");
        if (result.getString("status").equals("awarded")) {
          awards.merge(result.getString("externalId"), 1, Integer::sum);
        }
      }
    }
    assertThat(awards).hasSize(20).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    for (String id : List.of(run + "-1", run + "-2", run + "-b0", run + "-b19")) {
      assertThat(driver(earning, "entries", Map.of("key", "activity/" + id)).getInt("count"))
          .isEqualTo(1);
    }
    assertThat(driver(earning, "entries", Map.of("key", "activity/" + run + "-3")).getInt("count"))
        .isZero();
    JsonObject points = points(earning, ann.id());
    assertThat(points.getJsonNumber("balance").longValue()).isEqualTo(startBalance + 50);
    assertThat(points.getJsonNumber("recounted").longValue())
        .isEqualTo(points.getJsonNumber("balance").longValue());

    // Another store's key finds none of this store's members, by id or address.
    List<JsonObject> elsewhere =
        results(
            other.post(
                "/api/v1/loyalty/activities",
                Json.createObjectBuilder()
                    .add(
                        "items",
                        Json.createArrayBuilder()
                            .add(item(ann.id(), null, 10, run + "-x1", "Stolen"))
                            .add(item(null, ann.email(), 10, run + "-x2", "Stolen")))
                    .build()
                    .toString()));
    assertThat(elsewhere)
        .extracting(r -> r.getJsonObject("problem").getString("code"))
        .containsExactly("member-not-found", "member-not-found");
    assertThat(points(earning, ann.id()).getJsonNumber("balance").longValue())
        .isEqualTo(startBalance + 50);

    // The daily cap: what is left of it, then nothing.
    Person ben = join(earning, "ben", false);
    JsonObject capped =
        results(award(earning, item(ben.id(), null, 5000, run + "-cap1", "Big order"))).get(0);
    assertThat(capped.getString("status")).isEqualTo("awarded");
    assertThat(capped.getInt("points")).isBetween(1, 1000);
    JsonObject refused =
        results(award(earning, item(ben.id(), null, 10, run + "-cap2", "Another order"))).get(0);
    assertThat(refused.getString("status")).isEqualTo("refused");
    assertThat(refused.getJsonObject("problem").getString("code")).isEqualTo("daily-cap-reached");

    // More than a hundred at once: refused whole, in the caller's language.
    JsonArrayBuilder tooMany = Json.createArrayBuilder();
    for (int i = 0; i < 101; i++) {
      tooMany.add(item(ann.id(), null, 1, run + "-many" + i, "Many"));
    }
    HttpResponse<String> refusedBatch =
        earning.post(
            "/api/v1/loyalty/activities",
            Json.createObjectBuilder().add("items", tooMany).build().toString(),
            "Accept-Language",
            "zh-CN");
    assertThat(refusedBatch.statusCode()).as(refusedBatch.body()).isEqualTo(422);
    assertThat(StoreApi.json(refusedBatch).getString("field")).isEqualTo("items");
    assertThat(StoreApi.json(refusedBatch).getString("title")).contains("100");
    assertThat(
            driver(earning, "entries", Map.of("key", "activity/" + run + "-many0")).getInt("count"))
        .isZero();
  }

  private record Person(String email, long id) {}

  private static Person join(StoreApi store, String name, boolean mailAboutPoints)
      throws Exception {
    String email = "expiry-" + name + "-" + System.nanoTime() + "@example.com";
    KeycloakForTests.createShopper(email, PASSWORD, true);
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    String details =
        Json.createObjectBuilder()
            .add("displayName", name + " " + System.nanoTime() % 100_000)
            .add("language", "en")
            .add("consent", true)
            .add("mailAboutPoints", mailAboutPoints)
            .build()
            .toString();
    HttpResponse<String> joined =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        WebSession.BASE
                            + "/it/members?store="
                            + store.merchant().slug()
                            + "&op=join"))
                .header("Content-Type", "application/json")
                .header("X-Person-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(details))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    return new Person(
        email, StoreApi.json(joined).getJsonObject("member").getJsonNumber("id").longValue());
  }

  private static JsonObjectBuilder item(
      Long memberId, String email, long points, String externalId, String label) {
    JsonObjectBuilder item = Json.createObjectBuilder();
    if (memberId != null) {
      item.add("memberId", memberId);
    }
    if (email != null) {
      item.add("email", email);
    }
    return item.add("points", points).add("externalId", externalId).add("label", label);
  }

  private static HttpResponse<String> award(StoreApi store, JsonObjectBuilder item) {
    return store.post(
        "/api/v1/loyalty/activities",
        Json.createObjectBuilder()
            .add("items", Json.createArrayBuilder().add(item))
            .build()
            .toString());
  }

  private static List<JsonObject> results(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response).getJsonArray("results").getValuesAs(JsonObject.class);
  }

  private static CompletableFuture<HttpResponse<String>> sendAsync(StoreApi store, String body) {
    return HTTP.sendAsync(
        HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/loyalty/activities"))
            .header("X-Api-Key", store.key())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject run(StoreApi store, Instant now) throws Exception {
    return driver(store, "run", Map.of("now", now.toString()));
  }

  private static JsonObject points(StoreApi store, long member) throws Exception {
    return driver(store, "points", Map.of("member", member));
  }

  private static JsonObject driver(StoreApi store, String op, Map<String, Object> parameters)
      throws Exception {
    StringBuilder query =
        new StringBuilder("/it/loyalty/expiry?store=")
            .append(store.merchant().slug())
            .append("&op=")
            .append(op);
    parameters.forEach(
        (name, value) ->
            query
                .append('&')
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)));
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(WebSession.BASE.resolve(query.toString()))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return StoreApi.json(answer);
  }
}
