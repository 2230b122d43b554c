package org.returnport.it.community.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.it.Deployments;
import org.returnport.it.community.TrustedMembers;
import org.returnport.it.community.Trusting;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.members.JoinedEvents;
import org.returnport.it.members.MemberDriver;
import org.returnport.it.parcels.SandboxTime;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Members of a store review its products through the reviews boundary as the pages drive it: the
 * badges come from a real order and a return the store really closed (a keep-it return, settled by
 * the sandbox gateway), a product never bought gets none, writing again edits with history, and
 * withdrawals and a moderator's decisions leave the product's rating and events right. The public
 * widget feed and the API show the same; another store knows none of it.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "review-pass-1";
  private static final String HOSTILE = "</script><img src=x onerror=alert(1)> & \"quotes\"";

  private static StoreApi store;
  private static StoreApi other;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(MemberDriver.class, ReviewDriver.class, TrustedMembers.class),
            List.of(JoinedEvents.class));
    JavaArchive forum = ear.getAsType(JavaArchive.class, "forum.jar");
    forum.addClasses(ModerationFiring.class, Trusting.class);
    ear.delete("forum.jar");
    return ear.addAsModule(forum);
  }

  @BeforeAll
  static void aKeepItStoreAndAnother() {
    store = StoreApi.newStore("Review Shop");
    ReturnsFixtures.publishPolicy(
        store,
        0,
        "5.95",
        json ->
            json.replace(
                "\"keepIt\": {\"under\": [], \"reasons\": []}",
                "\"keepIt\": {\"under\": [{\"amount\": \"100\", \"currency\": \"EUR\"}], \"reasons\": []}"));
    ReturnsFixtures.stock(store);
    other = StoreApi.newStore("Other Review Shop");
  }

  @Test
  void badgesFromARealOrderAndAClosedReturnEditsWithHistoryWithdrawalAndModeration()
      throws Exception {
    String slug = store.merchant().slug();
    String anaEmail = unique("ana");
    String ana = member(store, anaEmail, "Ana R");
    String bo = member(store, unique("bo"), "Bo K");

    // Ana's order (two tees and a scarf) and her keep-it return of the tees, closed by itself.
    String rma = IntakeFixtures.approvedReturn(store, anaEmail.toUpperCase());

    JsonObject tee =
        ok(review(slug, ana, "write", write("TEE", 2, "Too small", "Tight.", "RUNS_SMALL")));
    long teeId = tee.getJsonNumber("id").longValue();
    assertThat(tee.getBoolean("verifiedPurchase")).isTrue();
    assertThat(tee.getString("fit")).isEqualTo("RUNS_SMALL");

    SandboxTime.waitFor(
        () -> IntakeFixtures.returnOf(store, rma), r -> r.getString("status").equals("CLOSED"));
    long returnId =
        IntakeFixtures.event(store, "ReturnClosed", rma).getJsonNumber("returnId").longValue();
    JsonObject upgraded =
        SandboxTime.waitFor(
            () -> reviewIn(feed(slug, "TEE"), teeId),
            r -> r != null && r.getBoolean("verifiedReturn"));
    assertThat(upgraded.getBoolean("verifiedPurchase")).isTrue();
    assertThat(eventData("ReviewPublished", teeId))
        .as("announced with the verified return that earned the badge")
        .anyMatch(
            e ->
                e.getBoolean("verifiedReturn")
                    && e.getBoolean("verifiedPurchase")
                    && e.getJsonNumber("returnId").longValue() == returnId);

    // The scarf was bought, not returned: one badge.
    JsonObject scarf = ok(review(slug, ana, "write", write("SCARF", 5, "Soft", "Lovely.", null)));
    assertThat(scarf.getBoolean("verifiedPurchase")).isTrue();
    assertThat(scarf.getBoolean("verifiedReturn")).isFalse();

    // Bo never bought a tee: allowed, without a badge; a hostile title stays text.
    JsonObject bos =
        ok(review(slug, bo, "write", write("TEE", 4, HOSTILE, "Nice <b>tee</b>", "TRUE_TO_SIZE")));
    long boId = bos.getJsonNumber("id").longValue();
    assertThat(bos.getBoolean("verifiedPurchase")).isFalse();
    assertThat(bos.getBoolean("verifiedReturn")).isFalse();

    // Ana writes again: the same review, edited, the old version kept.
    JsonObject edited =
        ok(review(slug, ana, "write", write("TEE", 3, "Small but ok", "Size up.", "RUNS_SMALL")));
    assertThat(edited.getJsonNumber("id").longValue()).isEqualTo(teeId);
    assertThat(edited.getInt("revision")).isEqualTo(2);
    assertThat(edited.getBoolean("verifiedReturn")).isTrue();
    JsonObject history = ok(review(slug, bo, "history", "{\"review\": " + teeId + "}"));
    assertThat(history.getJsonArray("versions").getJsonObject(0).getInt("stars")).isEqualTo(2);
    assertThat(history.getJsonArray("versions").getJsonObject(0).getString("title"))
        .isEqualTo("Too small");

    // The widget's feed: CORS-open, the aggregate, both reviews, the hostile title escaped.
    HttpResponse<String> feed = get("/widget/" + slug + "/reviews/TEE.json");
    assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(feed.body())
        .doesNotContain("</script>")
        .doesNotContain("<img")
        .contains("\\u003c/script\\u003e");
    JsonObject data = StoreApi.json(feed);
    JsonObject aggregate = data.getJsonObject("aggregate");
    assertThat(aggregate.getInt("count")).isEqualTo(2);
    assertThat(aggregate.getJsonNumber("average").bigDecimalValue()).isEqualByComparingTo("3.5");
    assertThat(aggregate.getJsonArray("histogram").toString()).isEqualTo("[0,0,1,1,0]");
    assertThat(aggregate.getJsonObject("fit").getInt("runsSmall")).isEqualTo(1);
    assertThat(aggregate.getJsonObject("fit").getInt("trueToSize")).isEqualTo(1);
    JsonObject hostile = reviewIn(data, boId);
    assertThat(hostile.getString("title")).isEqualTo(HOSTILE);
    assertThat(hostile.getString("html")).doesNotContain("<b>");
    assertThat(hostile.getBoolean("verifiedPurchase")).isFalse();
    assertThat(hostile.toString()).doesNotContain("email").doesNotContain(anaEmail);

    // Helpful: once per member, never one's own.
    assertThat(ok(review(slug, bo, "helpful", "{\"review\": " + teeId + "}")).getInt("helpful"))
        .isEqualTo(1);
    assertThat(ok(review(slug, bo, "helpful", "{\"review\": " + teeId + "}")).getInt("helpful"))
        .isEqualTo(1);
    assertRefused(
        review(slug, ana, "helpful", "{\"review\": " + teeId + "}"),
        422,
        "community.review.helpful.own");
    assertThat(events("PostMarkedHelpful", teeId)).isEqualTo(1);

    // Bo withdraws: the event says so and the rating drops his stars.
    ok(review(slug, bo, "withdraw", "{\"sku\": \"TEE\"}"));
    assertThat(eventData("ReviewWithdrawn", boId))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("why")).isEqualTo("WITHDRAWN_BY_AUTHOR"));
    assertThat(feed(slug, "TEE").getJsonObject("aggregate").getInt("count")).isEqualTo(1);

    // A moderator hides Ana's review (not for its stars); restoring shows it again.
    ok(review(slug, null, "moderate", "{\"review\": " + teeId + ", \"action\": \"HIDE\"}"));
    assertThat(eventData("ReviewWithdrawn", teeId))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("why")).isEqualTo("HIDDEN_BY_MODERATOR"));
    JsonObject hidden = feed(slug, "TEE");
    assertThat(hidden.getJsonObject("aggregate").getInt("count")).isZero();
    assertThat(reviewIn(hidden, teeId)).isNull();
    assertRefused(
        review(slug, ana, "write", write("TEE", 1, "Again", "Again", null)),
        422,
        "community.review.takenDown");
    ok(review(slug, null, "moderate", "{\"review\": " + teeId + ", \"action\": \"RESTORE\"}"));
    assertThat(feed(slug, "TEE").getJsonObject("aggregate").getInt("count")).isEqualTo(1);

    // The store's API with its key shows the same; another store's key finds nothing.
    HttpResponse<String> api = store.get("/api/v1/products/TEE/reviews?sort=LOWEST");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
    JsonObject page = StoreApi.json(api);
    assertThat(page.getJsonObject("rating").getInt("count")).isEqualTo(1);
    assertThat(page.getJsonArray("reviews").getJsonObject(0).getInt("id")).isEqualTo((int) teeId);
    assertThat(other.get("/api/v1/products/TEE/reviews").statusCode()).isEqualTo(404);

    // The product's page: the rating, the badges and the schema.org data.
    WebSession.Page product = new WebSession().get("/s/" + slug + "/reviews/TEE");
    assertThat(product.status()).isEqualTo(200);
    assertThat(product.document().select("h1").text()).contains("Tee");
    assertThat(product.document().select("script[type=\"application/ld+json\"]").html())
        .contains("AggregateRating");
    assertThat(product.document().select("#review-" + teeId + " .rp-badge-return").text())
        .isEqualTo("Verified return");
  }

  @Test
  void badInputAnotherStoreAndUnknownProductsChangeNothing() throws Exception {
    String slug = store.merchant().slug();
    String cyEmail = unique("cy");
    String cy = member(store, cyEmail, "Cy L");

    assertRefused(
        review(slug, cy, "write", write("TEE", 6, "Six", "Six", null)),
        422,
        "community.review.stars.range");
    assertRefused(
        review(slug, cy, "write", write("TEE", 0, "Zero", "Zero", null)),
        422,
        "community.review.stars.range");
    assertRefused(
        review(slug, cy, "write", write("TEE", 4, "x".repeat(121), "Long", null)),
        422,
        "community.review.title.tooLong");
    assertRefused(
        review(slug, cy, "write", write("TEE", 4, "Long", "x".repeat(5_001), null)),
        422,
        "community.review.text.tooLong");
    assertThat(review(slug, cy, "write", write("NO-SUCH", 4, "What", "What", null)).statusCode())
        .isEqualTo(404);
    assertRefused(
        review(slug, null, "write", write("TEE", 4, "Guest", "Guest", null)),
        422,
        "community.review.signedOut");
    assertThat(feed(slug, "TEE").getJsonArray("reviews").toString()).doesNotContain("Cy L");

    // Cy is not a member of the other store, and the other store does not sell the tee.
    assertRefused(
        review(other.merchant().slug(), cy, "write", write("TEE", 4, "Here", "Here", null)),
        422,
        "community.review.notMember");
    // The scarf: the other test counts the tee's reviews, and the two run in either order.
    JsonObject written = ok(review(slug, cy, "write", write("SCARF", 4, "Fine", "Fine", null)));
    String cyOther = member(other, cyEmail, "Cy Other");
    assertThat(
            review(
                    other.merchant().slug(),
                    cyOther,
                    "helpful",
                    "{\"review\": " + written.getJsonNumber("id") + "}")
                .statusCode())
        .isEqualTo(404);
    assertThat(get("/widget/" + other.merchant().slug() + "/reviews/TEE.json").statusCode())
        .isEqualTo(404);
    assertThat(
            get("/widget/no-such-store-"
                    + UUID.randomUUID().toString().substring(0, 6)
                    + "/reviews/TEE.json")
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> script = get("/widget/reviews.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("data-returnport-reviews").contains("textContent");
    assertThat(script.headers().firstValue("Cross-Origin-Resource-Policy"))
        .contains("cross-origin");
    assertThat(get("/widget/reviews.css").statusCode()).isEqualTo(200);
  }

  // --- helpers ---

  private static final java.util.Set<String> ACCOUNTS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** A verified shopper (an account made once) who joined the store's program; their token. */
  private static String member(StoreApi in, String email, String name) throws Exception {
    if (ACCOUNTS.add(email)) {
      KeycloakForTests.createShopper(email, PASSWORD, true);
    }
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    HttpResponse<String> joined =
        post(
            "/it/members?store=" + in.merchant().slug() + "&op=join",
            token,
            Json.createObjectBuilder()
                .add("displayName", name)
                .add("language", "en")
                .add("consent", true)
                .build()
                .toString());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    // Vouched for, as a moderator would: a new member's review otherwise waits in the queue.
    TrustedMembers.trust(
        in.merchant().slug(),
        Json.createReader(new java.io.StringReader(joined.body()))
            .readObject()
            .getJsonObject("member")
            .getJsonNumber("id")
            .longValue());
    return token;
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static String write(String sku, int stars, String title, String text, String fit) {
    var json =
        Json.createObjectBuilder()
            .add("sku", sku)
            .add("stars", stars)
            .add("title", title)
            .add("text", text);
    if (fit != null) {
      json.add("fit", fit);
    }
    return json.build().toString();
  }

  private static HttpResponse<String> review(String slug, String token, String op, String body)
      throws Exception {
    return post("/it/reviews?store=" + slug + "&op=" + op, token, body);
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

  private static HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(WebSession.BASE + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject feed(String slug, String sku) {
    HttpResponse<String> response = get("/widget/" + slug + "/reviews/" + sku + ".json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static JsonObject reviewIn(JsonObject feed, long id) {
    return feed.getJsonArray("reviews").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElse(null);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return StoreApi.json(response);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String key) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(StoreApi.json(response).getString("key")).isEqualTo(key);
  }

  private static List<JsonObject> eventData(String type, long reviewId) {
    HttpResponse<String> response = store.get("/api/v1/events?size=200&type=" + type);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String idField = type.equals("PostMarkedHelpful") ? "contentId" : "reviewId";
    return StoreApi.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(event -> event.getJsonObject("data"))
        .filter(
            data ->
                data.containsKey(idField) && data.getJsonNumber(idField).longValue() == reviewId)
        .toList();
  }

  private static long events(String type, long reviewId) {
    return eventData(type, reviewId).size();
  }
}
