package org.returnport.it.community.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import org.returnport.it.web.Mailbox;
import org.returnport.it.web.NewMerchant;
import org.returnport.it.web.StaffInvitations;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Moderation of a store's community, without the forum's pages: posts go through the gatekeeper as
 * the forum will send them ({@link ModerationITBean}), members flag and moderators decide through
 * the boundaries ({@link ModerationDriver}), and the decisions the forum will act on are recorded
 * ({@link RecordedDecisions}). The store's moderator is a real invited staff member; an agent of
 * the store and another store's administrator are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static StoreApi store;
  private static StoreApi otherStore;
  private static String moderatorEmail;
  private static String moderator;
  private static String agent;
  private static String otherAdmin;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear = Deployments.applicationWith(List.of(ModerationDriver.class), List.of());
    JavaArchive forum = ear.getAsType(JavaArchive.class, "forum.jar");
    forum.addClasses(ModerationITBean.class, RecordedDecisions.class);
    ear.delete("forum.jar");
    WebArchive web = ear.getAsType(WebArchive.class, "portal-web.war");
    ear.delete("portal-web.war");
    return ear.addAsModule(forum).addAsModule(web);
  }

  @BeforeAll
  static void aStoreWithAModeratorAndAnAgent() throws Exception {
    store = StoreApi.newStore("Moderated Shop");
    otherStore = StoreApi.newStore("Other Community");
    WebSession owner = new WebSession();
    owner.signIn(store.merchant().email(), store.merchant().password());
    NewMerchant mod = NewMerchant.unique("Queue keeper");
    mod.signUp(new WebSession());
    StaffInvitations.invite(owner, mod.email(), StaffRole.MODERATOR);
    StaffInvitations.accept(mod);
    NewMerchant desk = NewMerchant.unique("Help desk");
    desk.signUp(new WebSession());
    StaffInvitations.invite(owner, desk.email(), StaffRole.MERCHANT_AGENT);
    StaffInvitations.accept(desk);
    moderatorEmail = mod.email();
    moderator = KeycloakForTests.accessToken(mod.email(), mod.password());
    agent = KeycloakForTests.accessToken(desk.email(), desk.password());
    otherAdmin =
        KeycloakForTests.accessToken(
            otherStore.merchant().email(), otherStore.merchant().password());
  }

  @Test
  void aNewMembersPostsWaitForApprovalAndEnoughApprovalsMakeThemTrusted() throws Exception {
    Member mia = member("Mia");
    long first = held(post(mia, "The sweater runs small, order one size up."), "NEW_MEMBER");

    JsonObject queued = queued(first);
    assertThat(queued.getBoolean("held")).isTrue();
    assertThat(queued.getString("excerpt")).contains("runs small");
    assertThat(queued.getJsonNumber("author").longValue()).isEqualTo(mia.id);

    ok(staff(moderator, "approve", Map.of("id", first)));
    assertThat(decisions(first)).containsExactly("APPROVE");
    assertThat(decisionOf(first).getString("moderator")).isEqualTo(moderatorEmail);
    assertThat(inQueue(first)).isFalse();
    // Approving twice is refused: it is not held any more.
    assertRefused(staff(moderator, "approve", Map.of("id", first)), "community.moderation.notHeld");

    long second = held(post(mia, "Colours are true to the photos, very happy."), "NEW_MEMBER");
    ok(staff(moderator, "approve", Map.of("id", second)));
    long third = held(post(mia, "Delivery to Lyon took four days, well packed."), "NEW_MEMBER");
    ok(staff(moderator, "approve", Map.of("id", third)));

    // Three approvals (the default): Mia's writing is shown at once now.
    JsonObject trusted = post(mia, "Update: after washing it kept its shape.");
    assertThat(trusted.getString("admission")).isEqualTo("PUBLISH");
    assertThat(inQueue(trusted.getJsonNumber("id").longValue())).isFalse();
  }

  @Test
  void theWordFilterHoldsInEnglishAndChineseAndNotesTheWord() throws Exception {
    Member leo = member("Leo");
    long english = held(post(leo, "Great shop, and FREE   Money for everyone who asks!"), "WORD");
    assertThat(queued(english).getString("word")).isEqualTo("free money");

    Member wei = member("Wei");
    long chinese = held(post(wei, "想要优惠的朋友请加 微信 联系我哦"), "WORD");
    assertThat(queued(chinese).getString("word")).isEqualTo("加微信");

    // The store's own list replaces the standard one for that language.
    ok(staff(moderator, "words", Map.of("language", "en", "text", "Sweatshop\nknock-off")));
    Member ana = member("Ana");
    long own = held(post(ana, "Is this a knock-off of the famous brand?"), "WORD");
    assertThat(queued(own).getString("word")).isEqualTo("knock-off");
    assertThat(reasons(post(ana, "And is there free money for reviewers here?")))
        .doesNotContain("WORD");
  }

  @Test
  void aNewMemberFloodingIsToldToWait() throws Exception {
    Member flood = member("Flo");
    for (int i = 1; i <= 3; i++) {
      held(post(flood, "Question number " + i + " about the return window"), "NEW_MEMBER");
    }
    HttpResponse<String> fourth =
        send(null, flood.user, "post", body(flood, "Question four, sorry!"));
    assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    assertThat(json(fourth).getString("key")).isEqualTo("community.moderation.flood");
  }

  @Test
  void theSameTextTwiceIsRefusedAndTheSameTextByOthersIsHeld() throws Exception {
    Member sam = member("Sam");
    String text = "Careful: this jacket shrank after ONE wash at 30 degrees.";
    held(post(sam, text), "NEW_MEMBER");
    assertRefused(
        send(
            null,
            sam.user,
            "post",
            body(sam, "careful this jacket shrank after one wash at 30 degrees")),
        "community.moderation.duplicate");

    Member copy = member("Copy");
    long copied = held(post(copy, text), "DUPLICATE");
    assertThat(inQueue(copied)).isTrue();
  }

  @Test
  void aNewMembersLinksAreHeldAndTooManyAreRefused() throws Exception {
    Member link = member("Lin");
    held(post(link, "My photos: https://example.com/a"), "LINKS");
    assertRefused(
        send(
            null,
            link.user,
            "post",
            body(link, "See https://a.example/1 and https://b.example/2 and www.c.example/3")),
        "community.moderation.tooManyLinks");
  }

  @Test
  void threeMembersFlagsHideAPostUntilAModeratorLooks() throws Exception {
    Member author = member("Author");
    long post = published(author, "Honest review: the zip broke on day two.");
    Member one = member("One");
    Member two = member("Two");
    Member three = member("Three");

    ok(flag(one, post, "SPAM"));
    assertRefused(flag(one, post, "ABUSIVE"), "community.flag.already");
    assertRefused(flag(author, post, "SPAM"), "community.flag.own");
    assertThat(flagAs("not-a-member-" + System.nanoTime(), post, "SPAM").statusCode())
        .isEqualTo(422);
    assertThat(flag(one, 999_999_999L, "SPAM").statusCode()).isEqualTo(404);
    assertThat(
            send(
                    null,
                    one.user,
                    "flag",
                    Json.createObjectBuilder()
                        .add("kind", "REVIEW")
                        .add("id", post)
                        .add("reason", "SPAM")
                        .build()
                        .toString())
                .statusCode())
        .isEqualTo(404);

    JsonObject queued = queued(post);
    assertThat(queued.getBoolean("held")).isFalse();
    assertThat(queued.getInt("flags")).isEqualTo(1);
    assertThat(decisions(post)).isEmpty();

    ok(flag(two, post, "ABUSIVE"));
    assertThat(decisions(post)).isEmpty();
    ok(flag(three, post, "OFF_TOPIC"));
    assertThat(decisions(post)).containsExactly("HIDE");
    assertThat(decisionOf(post).getString("reason")).contains("several members reported it");
    assertThat(queued(post).getInt("flags")).isEqualTo(3);

    // The moderator looks and shows it again; the item leaves the queue.
    ok(staff(moderator, "restore", Map.of("id", post, "reason", "Negative but honest.")));
    assertThat(decisions(post)).containsExactly("HIDE", "RESTORE");
    assertThat(inQueue(post)).isFalse();
    assertThat(log()).anySatisfy(e -> assertEntry(e, "AUTO_HIDE", post, "automatic"));
  }

  @Test
  void hidingRejectingAndDeletingNeedAReasonWhichTheAuthorIsMailed() throws Exception {
    Member author = member("Hidden");
    long post = published(author, "Spam spam buy my knock-offs at my own shop.");
    assertRefused(
        staff(moderator, "hide", Map.of("id", post)), "community.moderation.reasonRequired");
    assertRefused(
        staff(moderator, "hide", Map.of("id", post, "reason", "   ")),
        "community.moderation.reasonRequired");
    assertThat(decisions(post)).isEmpty();

    ok(staff(moderator, "hide", Map.of("id", post, "reason", "Advertising another shop.")));
    assertThat(decisionOf(post).getString("reason")).isEqualTo("Advertising another shop.");
    assertThat(Mailbox.text(author.email, "Moderated Shop: your post was hidden"))
        .contains("Advertising another shop.");

    long pending = held(post(author, "Another try at selling something here."), "NEW_MEMBER");
    assertRefused(
        staff(moderator, "reject", Map.of("id", pending)), "community.moderation.reasonRequired");
    ok(staff(moderator, "reject", Map.of("id", pending, "reason", "No selling.")));
    assertThat(decisions(pending)).containsExactly("REJECT");
    assertRefused(
        staff(moderator, "delete", Map.of("id", post)), "community.moderation.reasonRequired");
    ok(staff(moderator, "delete", Map.of("id", post, "reason", "Repeated advertising.")));
    assertThat(decisions(post)).containsExactly("HIDE", "DELETE");
  }

  @Test
  void aBannedMemberIsRefusedEveryTimeUntilTheBanIsLifted() throws Exception {
    Member banned = member("Banned");
    ok(staff(moderator, "ban", Map.of("member", banned.id, "reason", "Insults in three topics.")));
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpResponse<String> refused =
          send(null, banned.user, "post", body(banned, "Let me in, attempt " + attempt));
      assertRefused(refused, "community.moderation.banned");
      assertThat(json(refused).getJsonArray("arguments").getString(0))
          .isEqualTo("Insults in three topics.");
    }
    assertThat(
            Mailbox.text(banned.email, "Moderated Shop: you can no longer write in the community"))
        .contains("Insults in three topics.");

    ok(staff(moderator, "lift", Map.of("member", banned.id)));
    held(post(banned, "Sorry about before, the coat is lovely."), "NEW_MEMBER");

    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    ok(
        staff(
            moderator,
            "ban",
            Map.of("member", banned.id, "through", tomorrow, "reason", "Cool off.")));
    assertRefused(
        send(null, banned.user, "post", body(banned, "Trying again right away")),
        "community.moderation.bannedUntil");
    assertRefused(
        staff(
            moderator,
            "ban",
            Map.of("member", banned.id, "through", "2020-01-01", "reason", "Old")),
        "community.moderation.banPast");

    List<JsonObject> log = log();
    assertThat(log).anySatisfy(e -> assertMemberEntry(e, "BAN", banned.id));
    assertThat(log).anySatisfy(e -> assertMemberEntry(e, "LIFT_BAN", banned.id));
  }

  @Test
  void theAuditLogNamesWhoDidWhatToWhichItemAndWhy() throws Exception {
    Member member = member("Logged");
    long post = held(post(member, "A post that goes through the whole log."), "NEW_MEMBER");
    ok(staff(moderator, "approve", Map.of("id", post, "reason", "Fine.")));
    List<JsonObject> log = log();
    assertThat(log).anySatisfy(e -> assertEntry(e, "HOLD", post, "automatic"));
    assertThat(log).anySatisfy(e -> assertEntry(e, "APPROVE", post, moderatorEmail));
    JsonObject approval =
        log.stream()
            .filter(e -> e.getString("action").equals("APPROVE") && e.getInt("id") == post)
            .findFirst()
            .orElseThrow();
    assertThat(approval.getString("reason")).isEqualTo("Fine.");
    assertThat(approval.getJsonNumber("member").longValue()).isEqualTo(member.id);
  }

  @Test
  void onlyThisStoresModeratorsAndAdministratorsSeeItsQueue() throws Exception {
    Member member = member("Private");
    long post = held(post(member, "Only this store's moderators may read this."), "NEW_MEMBER");
    assertThat(staff(agent, "queue", Map.of()).statusCode()).isEqualTo(404);
    assertThat(staff(agent, "approve", Map.of("id", post)).statusCode()).isEqualTo(404);
    assertThat(staff(otherAdmin, "queue", Map.of()).statusCode()).isEqualTo(404);
    assertThat(send(null, null, "queue", "{}").statusCode()).isEqualTo(404);

    // In its own store, the other administrator sees its own (empty) queue and not this item.
    HttpResponse<String> own = call(otherStore, otherAdmin, null, "queue", "{}");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(json(own).getJsonArray("items").getValuesAs(JsonObject.class))
        .noneMatch(item -> item.getJsonNumber("id").longValue() == post);
    assertThat(call(otherStore, otherAdmin, null, "approve", "{\"id\": " + post + "}").statusCode())
        .isEqualTo(404);

    // The store's own administrator moderates too.
    String admin =
        KeycloakForTests.accessToken(store.merchant().email(), store.merchant().password());
    assertThat(inQueue(post, admin)).isTrue();
  }

  // --- the forum's side, through the driver

  private record Member(long id, String user, String email) {}

  private static Member member(String name) throws Exception {
    String email = name.toLowerCase() + "-" + System.nanoTime() + "@example.com";
    JsonObject made =
        json(
            ok(
                send(
                    null,
                    null,
                    "member",
                    Json.createObjectBuilder()
                        .add("name", name)
                        .add("email", email)
                        .build()
                        .toString())));
    return new Member(made.getJsonNumber("id").longValue(), made.getString("user"), email);
  }

  private static JsonObject post(Member member, String text) throws Exception {
    return json(ok(send(null, member.user, "post", body(member, text))));
  }

  private static long published(Member member, String text) throws Exception {
    return json(ok(send(null, member.user, "published", body(member, text))))
        .getJsonNumber("id")
        .longValue();
  }

  private static String body(Member member, String text) {
    return Json.createObjectBuilder().add("member", member.id).add("text", text).build().toString();
  }

  /** The post was held, for (among others) the reason given; answers its id. */
  private static long held(JsonObject posted, String reason) throws Exception {
    assertThat(posted.getString("admission")).isEqualTo("HOLD");
    long id = posted.getJsonNumber("id").longValue();
    assertThat(queued(id).getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains(reason);
    return id;
  }

  private static List<String> reasons(JsonObject posted) throws Exception {
    long id = posted.getJsonNumber("id").longValue();
    return queued(id).getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static HttpResponse<String> flag(Member member, long post, String reason)
      throws Exception {
    return flagAs(member.user, post, reason);
  }

  private static HttpResponse<String> flagAs(String user, long post, String reason)
      throws Exception {
    return send(
        null,
        user,
        "flag",
        Json.createObjectBuilder()
            .add("kind", "POST")
            .add("id", post)
            .add("reason", reason)
            .add("note", "reported in a test")
            .build()
            .toString());
  }

  // --- the moderator's side

  private static JsonObject queued(long id) throws Exception {
    return queueItems(moderator).stream()
        .filter(item -> item.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("post " + id + " is not in the queue"));
  }

  private static boolean inQueue(long id) throws Exception {
    return inQueue(id, moderator);
  }

  private static boolean inQueue(long id, String token) throws Exception {
    return queueItems(token).stream().anyMatch(item -> item.getJsonNumber("id").longValue() == id);
  }

  private static List<JsonObject> queueItems(String token) throws Exception {
    return json(ok(staff(token, "queue", Map.of())))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> log() throws Exception {
    return json(ok(staff(moderator, "log", Map.of())))
        .getJsonArray("entries")
        .getValuesAs(JsonObject.class);
  }

  private static void assertEntry(JsonObject entry, String action, long id, String actor) {
    assertThat(entry.getString("action")).isEqualTo(action);
    assertThat(entry.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(entry.getString("actor")).isEqualTo(actor);
  }

  private static void assertMemberEntry(JsonObject entry, String action, long member) {
    assertThat(entry.getString("action")).isEqualTo(action);
    assertThat(entry.getJsonNumber("member").longValue()).isEqualTo(member);
    assertThat(entry.getString("actor")).isEqualTo(moderatorEmail);
  }

  private static List<String> decisions(long id) throws Exception {
    return decisionList(id).stream().map(d -> d.getString("action")).toList();
  }

  private static JsonObject decisionOf(long id) throws Exception {
    List<JsonObject> all = decisionList(id);
    return all.get(all.size() - 1);
  }

  private static List<JsonObject> decisionList(long id) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/it/moderation?decisionsOf=" + id))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return json(ok(answer)).getJsonArray("decisions").getValuesAs(JsonObject.class);
  }

  private static HttpResponse<String> staff(String token, String op, Map<String, Object> fields)
      throws Exception {
    var body = Json.createObjectBuilder();
    fields.forEach(
        (key, value) -> {
          if (value instanceof Number number) {
            body.add(key, number.longValue());
          } else {
            body.add(key, String.valueOf(value));
          }
        });
    return send(token, null, op, body.build().toString());
  }

  // --- HTTP

  private static HttpResponse<String> send(String token, String memberUser, String op, String body)
      throws Exception {
    return call(store, token, memberUser, op, body);
  }

  private static HttpResponse<String> call(
      StoreApi in, String token, String memberUser, String op, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    WebSession.BASE + "/it/moderation?store=" + in.merchant().slug() + "&op=" + op))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Person-Token", token);
    }
    if (memberUser != null) {
      request.header("X-Member-User", memberUser);
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
      JsonValue value = reader.readValue();
      return value.asJsonObject();
    }
  }
}
