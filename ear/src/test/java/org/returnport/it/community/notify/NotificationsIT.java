package org.returnport.it.community.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
 * Notifications from the outside, with real members of two stores and a real subscription: a reply
 * that mentions two members in a followed topic notifies each recipient once, for the most personal
 * reason, and never its author; the store's reply to a review notifies the reviewer; counts,
 * marking read and all read behave as the page shows them; a member who wants each at once is
 * mailed at once, one who wants the digest gets one digest, once; another store's member sees
 * nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "notify-pass-1";

  private static StoreApi alpha;
  private static StoreApi bravo;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(NotificationsDriver.class, MemberDriver.class), List.of(JoinedEvents.class));
    // The forum's entities and events live in the community's module: the firing bean goes there.
    JavaArchive forum = ear.getAsType(JavaArchive.class, "forum.jar");
    forum.addClasses(NotificationsFiring.class);
    ear.delete("forum.jar");
    return ear.addAsModule(forum);
  }

  @BeforeAll
  static void twoStores() {
    alpha = StoreApi.newStore("Notify Alpha");
    bravo = StoreApi.newStore("Notify Bravo");
  }

  @Test
  void repliesMentionsAndStoreRepliesNotifyEachMemberOnceInAppAndByMail() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 100_000);
    Person ann = join(alpha, "ann", "Ann " + suffix);
    Person ben = join(alpha, "ben", "Ben " + suffix);
    Person cid = join(alpha, "cid", "Cid " + suffix);
    Person dan = join(alpha, "dan", "Dan " + suffix);
    Person eve = join(bravo, "eve", "Eve " + suffix);

    long topic =
        call(alpha, ann, "topic", Map.of("author", ann.id, "title", "Fit of the sweater"))
            .getJsonNumber("topic")
            .longValue();
    call(alpha, null, "subscribe", Map.of("topic", topic, "member", ben.id));
    call(alpha, ben, "mode", Map.of("mode", "AT_ONCE"));
    assertThat(unread(alpha, ann)).as("opening a topic notifies nobody").isZero();

    call(
        alpha,
        null,
        "reply",
        Map.of(
            "topic",
            topic,
            "author",
            dan.id,
            "text",
            "It runs small, @ann and @cid",
            "mentioned",
            ann.id + "," + cid.id + "," + dan.id));

    assertThat(kinds(alpha, ann)).as("topic author and mentioned: once").containsExactly("MENTION");
    assertThat(kinds(alpha, ben)).containsExactly("SUBSCRIBED");
    assertThat(kinds(alpha, cid)).containsExactly("MENTION");
    assertThat(kinds(alpha, dan)).as("never the author").isEmpty();
    assertThat(unread(alpha, ann)).isEqualTo(1);
    JsonObject annsFirst = items(alpha, ann).get(0);
    assertThat(annsFirst.getString("subject")).isEqualTo("Fit of the sweater");
    assertThat(annsFirst.getString("excerpt")).contains("It runs small");
    assertThat(annsFirst.getString("path")).startsWith("community/t/" + topic + "-");

    String atOnce =
        "Dan " + suffix + " posted in \u201cFit of the sweater\u201d, a topic you follow";
    assertThat(Mailbox.text(ben.email, atOnce))
        .contains("It runs small")
        .contains("/s/" + alpha.merchant().slug() + "/community/t/" + topic + "-");

    // Marking read, one and all.
    long annsId = annsFirst.getJsonNumber("id").longValue();
    call(alpha, ann, "read", Map.of("id", annsId));
    assertThat(unread(alpha, ann)).isZero();
    assertThat(items(alpha, ann).get(0).getBoolean("read")).isTrue();

    call(alpha, null, "reviewReply", Map.of("review", System.nanoTime(), "member", cid.id));
    assertThat(kinds(alpha, cid)).containsExactly("REVIEW_REPLY", "MENTION");
    assertThat(unread(alpha, cid)).isEqualTo(2);

    // Another store's member sees nothing of it, and cannot mark it read.
    assertThat(unread(bravo, eve)).isZero();
    assertThat(kinds(bravo, eve)).isEmpty();
    assertThat(send(bravo, eve, "read", Map.of("id", annsId)).statusCode()).isEqualTo(404);
    assertThat(send(bravo, ann, "unread", Map.of()).body())
        .as("not a member there: no bell")
        .isEqualTo("{}");

    // The daily digest: Cid (who wants it, the default) gets one, once; Ann read hers, Ben had his.
    assertThat(call(alpha, null, "digest", Map.of()).getInt("sent")).isEqualTo(1);
    assertThat(call(alpha, null, "digest", Map.of()).getInt("sent")).as("never twice").isZero();
    String digest = "2 new notifications from Notify Alpha";
    assertThat(Mailbox.text(cid.email, digest))
        .contains("The store replied to your review of Tee")
        .contains("Dan " + suffix + " mentioned you in \u201cFit of the sweater\u201d");
    assertThat(Mailbox.count(cid.email, digest)).isEqualTo(1);
    assertThat(unread(alpha, cid)).as("a digest does not mark anything read").isEqualTo(2);
    assertThat(call(alpha, cid, "readAll", Map.of()).getInt("marked")).isEqualTo(2);
    assertThat(unread(alpha, cid)).isZero();
  }

  private record Person(String email, String token, long id) {}

  private static Person join(StoreApi store, String name, String displayName) throws Exception {
    String email = "notify-" + name + "-" + System.nanoTime() + "@example.com";
    KeycloakForTests.createShopper(email, PASSWORD, true);
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    String details =
        Json.createObjectBuilder()
            .add("displayName", displayName)
            .add("language", "en")
            .add("consent", true)
            .add("mailAboutCommunity", true)
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
    long id = StoreApi.json(joined).getJsonObject("member").getJsonNumber("id").longValue();
    return new Person(email, token, id);
  }

  private static long unread(StoreApi store, Person person) throws Exception {
    return call(store, person, "unread", Map.of()).getJsonNumber("unread").longValue();
  }

  private static List<JsonObject> items(StoreApi store, Person person) throws Exception {
    return call(store, person, "list", Map.of())
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private static List<String> kinds(StoreApi store, Person person) throws Exception {
    return items(store, person).stream().map(i -> i.getString("kind")).toList();
  }

  private static JsonObject call(StoreApi store, Person person, String op, Map<String, ?> params)
      throws Exception {
    HttpResponse<String> answer = send(store, person, op, params);
    assertThat(answer.statusCode()).as(op + ": " + answer.body()).isEqualTo(200);
    return StoreApi.json(answer);
  }

  private static HttpResponse<String> send(
      StoreApi store, Person person, String op, Map<String, ?> params) throws Exception {
    String query =
        params.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + "="
                        + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    WebSession.BASE
                        + "/it/notifications?store="
                        + store.merchant().slug()
                        + "&op="
                        + op
                        + (query.isEmpty() ? "" : "&" + query)))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (person != null) {
      request.header("X-Person-Token", person.token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
