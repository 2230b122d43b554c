package org.returnport.it.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.returnport.it.community.reviews.ModerationFiring;
import org.returnport.it.community.reviews.ReviewDriver;
import org.returnport.it.intake.IntakeFixtures;
import org.returnport.it.members.JoinedEvents;
import org.returnport.it.members.MemberDriver;
import org.returnport.it.parcels.SandboxTime;
import org.returnport.it.returns.ReturnsFixtures;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Points for a review after a return, through the real chain: a member with a real order whose
 * keep-it return the store closes by itself, a review of the returned product (points on hold,
 * explained), the hold passing on a test clock (confirmed), replays (nothing more), spending, a
 * moderator hiding the review (all of it taken back, a debt where it was spent) and restoring it
 * (earned again, the debt repaid); a review of a product never bought earns nothing. The account
 * always equals the sum of its entries.
 */
@ExtendWith(ArquillianExtension.class)
class EarningIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "earning-pass-1";

  private static StoreApi store;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(
                MemberDriver.class, ReviewDriver.class, TrustedMembers.class, LoyaltyDriver.class),
            List.of(JoinedEvents.class));
    JavaArchive forum = ear.getAsType(JavaArchive.class, "forum.jar");
    forum.addClasses(ModerationFiring.class, Trusting.class);
    JavaArchive loyalty = ear.getAsType(JavaArchive.class, "loyalty.jar");
    loyalty.addClasses(EarningProbe.class, ReviewEventsSeen.class);
    ear.delete("forum.jar");
    ear.delete("loyalty.jar");
    return ear.addAsModule(forum).addAsModule(loyalty);
  }

  @BeforeAll
  static void aKeepItStore() {
    store = StoreApi.newStore("Points Shop");
    ReturnsFixtures.publishPolicy(
        store,
        0,
        "5.95",
        json ->
            json.replace(
                "\"keepIt\": {\"under\": [], \"reasons\": []}",
                "\"keepIt\": {\"under\": [{\"amount\": \"100\", \"currency\": \"EUR\"}], \"reasons\": []}"));
    ReturnsFixtures.stock(store);
  }

  @Test
  void aReviewAfterAReturnEarnsOnHoldIsConfirmedAndGivesItAllBackWhenHidden() throws Exception {
    String slug = store.merchant().slug();
    String anaEmail = unique("ana");
    Joined ana = member(anaEmail, "Ana P");
    Joined bo = member(unique("bo"), "Bo P");

    // Joining: the welcome points, spendable at once.
    JsonObject joined = points(ana.id());
    assertThat(joined.getInt("balance")).isEqualTo(100);
    assertThat(joined.getInt("pending")).isZero();
    assertThat(entry(joined, "join/" + ana.id()).getString("en"))
        .isEqualTo("Welcome: points for joining");

    // Ana's order (two tees and a scarf) and her keep-it return of the tees, closed by the store.
    String rma = IntakeFixtures.approvedReturn(store, anaEmail);
    SandboxTime.waitFor(
        () -> IntakeFixtures.returnOf(store, rma), r -> r.getString("status").equals("CLOSED"));
    long returnId =
        IntakeFixtures.event(store, "ReturnClosed", rma).getJsonNumber("returnId").longValue();

    // Her review of the tee: review, verified-return bonus and first-review bonus, all on hold.
    JsonObject review = ok(review(slug, ana.token(), "write", write("TEE", 2, "Too small")));
    long reviewId = review.getJsonNumber("id").longValue();
    assertThat(review.getBoolean("verifiedReturn")).isTrue();
    Instant published = Instant.now();
    JsonObject held = points(ana.id());
    assertThat(held.getInt("balance")).isEqualTo(100);
    assertThat(held.getInt("pending")).isEqualTo(50 + 100 + 50);
    JsonObject reviewAward = entryOfSource(held, "review");
    assertThat(reviewAward.getString("sourceKey")).matches("review/\\d+/1");
    assertThat(reviewAward.getInt("pendingPoints")).isEqualTo(50);
    assertThat(reviewAward.getString("en")).isEqualTo("Review of Tee after return " + rma);
    assertThat(reviewAward.getString("zh")).isEqualTo("退货 " + rma + " 后评价 T恤");
    assertThat(Instant.parse(reviewAward.getString("confirmAfter")))
        .isBetween(
            published.plus(Duration.ofDays(14)).minusSeconds(120),
            published.plus(Duration.ofDays(14)).plusSeconds(120));
    assertThat(entry(held, "review-return/" + returnId + "/1").getInt("pendingPoints"))
        .isEqualTo(100);
    assertThat(entry(held, "first-review/" + ana.id()).getInt("pendingPoints")).isEqualTo(50);
    assertBalanced(held);

    // Before the hold has passed nothing is confirmed; after it, all three.
    assertThat(release(13)).isZero();
    assertThat(release(15)).isEqualTo(3);
    JsonObject confirmed = points(ana.id());
    assertThat(confirmed.getInt("balance")).isEqualTo(300);
    assertThat(confirmed.getInt("pending")).isZero();
    assertThat(entryOfKind(confirmed, "CONFIRM").getString("en"))
        .isEqualTo("Confirmed after the hold: Tee");
    assertBalanced(confirmed);

    // The same announcement delivered again, and announced again: nothing changes.
    replay(reviewId);
    JsonObject replayed = points(ana.id());
    assertThat(replayed.getJsonArray("entries")).hasSameSizeAs(confirmed.getJsonArray("entries"));
    assertThat(replayed.getInt("balance")).isEqualTo(300);
    assertThat(replayed.getInt("pending")).isZero();
    assertThat(release(15)).isZero();

    // Ana spends most of it; then a moderator hides the review: all 200 come back off the
    // balance, which leaves a visible debt.
    spend(ana.id(), 250);
    ok(review(slug, null, "moderate", "{\"review\": " + reviewId + ", \"action\": \"HIDE\"}"));
    JsonObject clawedBack = points(ana.id());
    assertThat(clawedBack.getInt("balance")).isEqualTo(300 - 250 - 200);
    assertThat(clawedBack.getInt("debt")).isEqualTo(150);
    assertThat(clawedBack.getInt("pending")).isZero();
    assertThat(entryOfKind(clawedBack, "CLAWBACK").getString("en"))
        .isEqualTo("Taken back: a moderator hid your review of Tee");
    assertBalanced(clawedBack);

    // Restored: the review earns again, in a round of its own; confirmed, it repays the debt.
    ok(review(slug, null, "moderate", "{\"review\": " + reviewId + ", \"action\": \"RESTORE\"}"));
    JsonObject again = points(ana.id());
    assertThat(again.getInt("pending")).isEqualTo(200);
    assertThat(entryOfSource(again, "review").getString("sourceKey")).endsWith("/1/again-1");
    assertThat(release(15)).isEqualTo(3);
    JsonObject repaid = points(ana.id());
    assertThat(repaid.getInt("balance")).isEqualTo(50);
    assertThat(repaid.getInt("debt")).isZero();
    assertBalanced(repaid);

    // Withdrawn by Ana herself: taken back once, however often it is announced.
    ok(review(slug, ana.token(), "withdraw", "{\"sku\": \"TEE\"}"));
    JsonObject withdrawn = points(ana.id());
    assertThat(withdrawn.getInt("balance")).isEqualTo(50 - 200);
    assertThat(entryOfKind(withdrawn, "CLAWBACK").getString("en"))
        .isEqualTo("Taken back: you withdrew your review of Tee");
    assertBalanced(withdrawn);

    // Bo never bought the tee: his review earns nothing.
    JsonObject bos = ok(review(slug, bo.token(), "write", write("TEE", 4, "Nice")));
    assertThat(bos.getBoolean("verifiedPurchase")).isFalse();
    JsonObject boPoints = points(bo.id());
    assertThat(boPoints.getJsonArray("entries")).hasSize(1);
    assertThat(boPoints.getInt("balance")).isEqualTo(100);
    assertThat(boPoints.getInt("pending")).isZero();
    assertBalanced(boPoints);

    // Ana finds Bo's review helpful: Bo earns at once, and only once for Ana's mark.
    long boReview = bos.getJsonNumber("id").longValue();
    ok(review(slug, ana.token(), "helpful", "{\"review\": " + boReview + "}"));
    ok(review(slug, ana.token(), "helpful", "{\"review\": " + boReview + "}"));
    JsonObject helped = points(bo.id());
    assertThat(helped.getInt("balance")).isEqualTo(105);
    assertThat(helped.getJsonArray("entries")).hasSize(2);
    assertThat(entry(helped, "helpful/review/" + boReview + "/" + ana.id()).getString("en"))
        .isEqualTo("Your review was marked helpful");
    assertBalanced(helped);

    // The store's owner is its staff: joining, and reviewing a product they bought, earn nothing.
    Joined owner =
        join(
            KeycloakForTests.accessToken(store.merchant().email(), store.merchant().password()),
            "Mia M");
    ReturnsFixtures.order(
        store, "OWN-" + System.nanoTime(), store.merchant().email(), "FR", 3, "30.00");
    JsonObject owners = ok(review(slug, owner.token(), "write", write("SCARF", 5, "Mine")));
    assertThat(owners.getBoolean("verifiedPurchase")).isTrue();
    ok(review(slug, bo.token(), "helpful", "{\"review\": " + owners.getJsonNumber("id") + "}"));
    JsonObject staff = points(owner.id());
    assertThat(staff.getJsonArray("entries")).isEmpty();
    assertThat(staff.getInt("balance")).isZero();
    assertThat(staff.getInt("pending")).isZero();
  }

  // --- helpers ---

  private record Joined(String token, long id) {}

  private static Joined member(String email, String name) throws Exception {
    KeycloakForTests.createShopper(email, PASSWORD, true);
    return join(KeycloakForTests.accessToken(email, PASSWORD), name);
  }

  /** The person of the token joins the store's program. */
  private static Joined join(String token, String name) throws Exception {
    HttpResponse<String> joined =
        post(
            "/it/members?store=" + store.merchant().slug() + "&op=join",
            token,
            Json.createObjectBuilder()
                .add("displayName", name)
                .add("language", "en")
                .add("consent", true)
                .build()
                .toString());
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
    long id = json(joined.body()).getJsonObject("member").getJsonNumber("id").longValue();
    // Vouched for, as a moderator would: a new member's review otherwise waits in the queue.
    TrustedMembers.trust(store.merchant().slug(), id);
    return new Joined(token, id);
  }

  private static JsonObject points(long memberId) throws Exception {
    return ok(loyalty("points&member=" + memberId));
  }

  private static int release(int days) throws Exception {
    return ok(loyalty("release&days=" + days)).getInt("confirmed");
  }

  private static void replay(long reviewId) throws Exception {
    ok(loyalty("replay&review=" + reviewId));
  }

  private static void spend(long memberId, int points) throws Exception {
    ok(loyalty("spend&member=" + memberId + "&points=" + points + "&key=" + UUID.randomUUID()));
  }

  private static HttpResponse<String> loyalty(String query) throws Exception {
    return post("/it/loyalty?store=" + store.merchant().slug() + "&op=" + query, null, "");
  }

  private static void assertBalanced(JsonObject points) {
    assertThat(points.getInt("balance")).isEqualTo(points.getInt("recountBalance"));
    assertThat(points.getInt("pending")).isEqualTo(points.getInt("recountPending"));
  }

  private static JsonObject entry(JsonObject points, String key) {
    return points.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("sourceKey").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + key + " in " + points));
  }

  /** The newest award of the source. */
  private static JsonObject entryOfSource(JsonObject points, String source) {
    return points.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("kind").equals("EARN") && e.getString("source").equals(source))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + source + " award in " + points));
  }

  /** The newest entry of the kind. */
  private static JsonObject entryOfKind(JsonObject points, String kind) {
    return points.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " entry in " + points));
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static String write(String sku, int stars, String title) {
    return Json.createObjectBuilder()
        .add("sku", sku)
        .add("stars", stars)
        .add("title", title)
        .add("text", title + ".")
        .build()
        .toString();
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

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body().isEmpty() ? JsonObject.EMPTY_JSON_OBJECT : json(response.body());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
