package org.returnport.it.community.forum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import org.returnport.it.members.JoinedEvents;
import org.returnport.it.members.MemberDriver;
import org.returnport.it.web.KeycloakForTests;
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * The forum on the deployed application: members of a store open topics and reply through the API
 * with their own Keycloak tokens, quote and mention each other and mark posts helpful; the store's
 * staff pin and lock; guests read the pages without a session; another store's topics do not exist;
 * bad input changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PASSWORD = "forum-pass-1";

  private static StoreApi storeA;
  private static StoreApi storeB;
  private static Member lena;
  private static Member omar;
  private static long categoryId;

  record Member(String token, long id, String name) {}

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear =
        Deployments.applicationWith(
            List.of(MemberDriver.class, ForumProbe.class, TrustedMembers.class),
            List.of(JoinedEvents.class));
    JavaArchive forum = ear.getAsType(JavaArchive.class, "forum.jar");
    forum.addClasses(PublishedPosts.class, Trusting.class);
    ear.delete("forum.jar");
    return ear.addAsModule(forum);
  }

  @BeforeAll
  static void twoStoresAndTwoMembers() throws Exception {
    storeA = StoreApi.newStore("Forum Alpha");
    storeB = StoreApi.newStore("Forum Bravo");
    lena = member(storeA, "Lena");
    omar = member(storeA, "Omar");
    var sections = storeA.get("/api/v1/community/categories");
    assertThat(sections.statusCode()).as(sections.body()).isEqualTo(200);
    categoryId = array(sections).getJsonObject(0).getJsonNumber("id").longValue();
  }

  @Test
  void membersPostReplyQuoteMentionAndMarkHelpfulOnce() throws Exception {
    JsonObject opened = created(newTopic(lena, categoryId, "Fit of the sweater", "Runs small?"));
    long topic = opened.getJsonNumber("topicId").longValue();
    long first = opened.getJsonNumber("postId").longValue();
    assertThat(opened.getString("state")).isEqualTo("PUBLISHED");
    assertThat(opened.getString("path"))
        .isEqualTo("community/t/" + topic + "-fit-of-the-sweater#p1");

    JsonObject reply =
        created(
            reply(
                omar,
                topic,
                Json.createObjectBuilder()
                    .add("markdown", "Yes @Lena, order one size up.")
                    .add("quotedPostId", first)
                    .build()));
    long second = reply.getJsonNumber("postId").longValue();
    assertThat(reply.getInt("number")).isEqualTo(2);

    JsonObject read = json(asMember(omar, "/api/v1/community/topics/" + topic, "GET", null));
    JsonObject quoting = read.getJsonArray("posts").getJsonObject(1);
    assertThat(quoting.getString("html")).contains("Runs small?").contains("#p1");
    assertThat(quoting.getString("authorName")).isEqualTo(omar.name());

    JsonObject published = published(second);
    assertThat(published.getInt("count")).isEqualTo(1);
    assertThat(published.getJsonArray("mentioned").getJsonNumber(0).longValue())
        .isEqualTo(lena.id());

    int before = helpfulEvents();
    assertThat(
            asMember(omar, "/api/v1/community/posts/" + first + "/helpful", "POST", "")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            asMember(omar, "/api/v1/community/posts/" + first + "/helpful", "POST", "")
                .statusCode())
        .isEqualTo(204);
    var own = asMember(lena, "/api/v1/community/posts/" + first + "/helpful", "POST", "");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(422);
    assertThat(helpfulEvents()).isEqualTo(before + 1);
    read = json(asMember(lena, "/api/v1/community/topics/" + topic, "GET", null));
    assertThat(read.getJsonArray("posts").getJsonObject(0).getInt("helpfulCount")).isEqualTo(1);

    // Authors follow what they write in; a member can stop.
    assertThat(read.getBoolean("following")).isTrue();
    assertThat(
            json(asMember(omar, "/api/v1/community/topics/" + topic, "GET", null))
                .getBoolean("following"))
        .isTrue();
    assertThat(
            asMember(omar, "/api/v1/community/topics/" + topic + "/subscription", "DELETE", null)
                .statusCode())
        .isEqualTo(204);
    assertThat(
            json(asMember(omar, "/api/v1/community/topics/" + topic, "GET", null))
                .getBoolean("following"))
        .isFalse();
  }

  @Test
  void staffPinAndLockLockedTopicsRefuseRepliesAndPinnedOnesComeFirst() throws Exception {
    long older =
        created(newTopic(lena, categoryId, "Pinned rules " + tag(), "Be kind."))
            .getJsonNumber("topicId")
            .longValue();
    long newer =
        created(newTopic(omar, categoryId, "Latest chat " + tag(), "Hello."))
            .getJsonNumber("topicId")
            .longValue();

    var refused =
        asMember(lena, "/api/v1/community/topics/" + older + "/pinned?value=true", "PUT", "");
    assertThat(refused.statusCode()).as("a member token on a staff endpoint").isEqualTo(401);
    assertThat(
            storeA.put("/api/v1/community/topics/" + older + "/pinned?value=true", "").statusCode())
        .isEqualTo(204);
    assertThat(
            storeA.put("/api/v1/community/topics/" + older + "/locked?value=true", "").statusCode())
        .isEqualTo(204);

    var locked = reply(omar, older, Json.createObjectBuilder().add("markdown", "Me too").build());
    assertThat(locked.statusCode()).as(locked.body()).isEqualTo(422);
    assertThat(json(locked).getString("title"))
        .isEqualTo("This topic is locked: it takes no more replies.");

    String section = page(sectionPath()).body();
    assertThat(section.indexOf("Pinned rules"))
        .isPositive()
        .isLessThan(section.indexOf("Latest chat"));
    assertThat(newer).isNotEqualTo(older);
  }

  @Test
  void aLongTopicIsReadPageByPageWithLinksToItsNeighbours() throws Exception {
    JsonObject opened = created(newTopic(lena, categoryId, "Long thread " + tag(), "Post one"));
    long topic = opened.getJsonNumber("topicId").longValue();
    for (int i = 2; i <= 45; i++) {
      created(
          reply(
              i % 2 == 0 ? omar : lena,
              topic,
              Json.createObjectBuilder().add("markdown", "Post " + i).build()));
    }
    JsonObject third = json(storeA.get("/api/v1/community/topics/" + topic + "?page=3"));
    assertThat(third.getInt("pages")).isEqualTo(3);
    assertThat(third.getJsonArray("posts")).hasSize(5);
    assertThat(third.getJsonArray("posts").getJsonObject(0).getInt("number")).isEqualTo(41);

    String path = opened.getString("path").replace("#p1", "");
    var second = page(path + "?page=2");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body())
        .contains("rel=\"prev\"")
        .contains("rel=\"next\"")
        .contains(
            "<link rel=\"canonical\" href=\""
                + WebSession.BASE
                + "/s/"
                + slugA()
                + "/"
                + path
                + "?page=2\"")
        .contains("Post 21")
        .contains("Post 40")
        .doesNotContain("Post 41<");
  }

  @Test
  void guestsReadWithoutASessionWrongSlugsMoveAndTheSitemapListsTopics() throws Exception {
    JsonObject opened =
        created(newTopic(lena, categoryId, "Shoes & <sizes> " + tag(), "Wide feet?"));
    long topic = opened.getJsonNumber("topicId").longValue();
    String path = opened.getString("path").replace("#p1", "");

    var read = page(path);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body())
        .contains("Shoes &amp; &lt;sizes&gt;")
        .contains("property=\"og:title\"")
        .contains("Wide feet?");

    var moved = page("community/t/" + topic + "-wrong-words");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location").orElseThrow())
        .endsWith("/s/" + slugA() + "/" + path);

    assertThat(page("community").body()).contains("Shoes &amp; &lt;sizes&gt;");
    var sitemap = page("sitemap.xml");
    assertThat(sitemap.statusCode()).isEqualTo(200);
    assertThat(sitemap.body())
        .contains("<loc>" + WebSession.BASE + "/s/" + slugA() + "/" + path + "</loc>")
        .contains("/s/" + slugA() + "/community</loc>");

    // Last, so that a failure here leaves the checks above reported.
    assertThat(read.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  @Test
  void anotherStoresTopicIsNotFound() throws Exception {
    long topic =
        created(newTopic(lena, categoryId, "Only in Alpha " + tag(), "Hi"))
            .getJsonNumber("topicId")
            .longValue();
    var page =
        HTTP.send(
            HttpRequest.newBuilder(
                    WebSession.BASE.resolve(
                        "/s/" + storeB.merchant().slug() + "/community/t/" + topic))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(storeB.get("/api/v1/community/topics/" + topic).statusCode()).isEqualTo(404);
    var intoB =
        send(
            HttpRequest.newBuilder(
                    WebSession.BASE.resolve("/api/v1/community/topics/" + topic + "/posts"))
                .header("Authorization", "Bearer " + lena.token())
                .header("X-Returnport-Store", storeB.merchant().slug())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"markdown\":\"sneaky\"}")));
    assertThat(intoB.statusCode()).as(intoB.body()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWithAReasonAndStoresNothing() throws Exception {
    int topicsBefore = array(storeA.get("/api/v1/community/topics?max=100")).size();
    assertRefused(
        newTopic(lena, categoryId, "Empty", "   "), "Write something first: the post is empty.");
    assertRefused(
        newTopic(lena, categoryId, "Huge", "x".repeat(20_001)),
        "This post is too long: at most 20,000 characters.");
    assertRefused(
        newTopic(lena, categoryId, "t".repeat(121), "text"),
        "This title is too long: at most 120 characters.");
    assertThat(newTopic(lena, 999_999_999L, "Nowhere", "text").statusCode()).isEqualTo(404);
    assertThat(array(storeA.get("/api/v1/community/topics?max=100"))).hasSize(topicsBefore);

    String stranger = unique("stranger");
    KeycloakForTests.createShopper(stranger, PASSWORD, true);
    var notJoined =
        newTopic(
            new Member(KeycloakForTests.accessToken(stranger, PASSWORD), 0, "x"),
            categoryId,
            "Hello",
            "text");
    assertThat(notJoined.statusCode()).isEqualTo(422);
    assertThat(json(notJoined).getString("title")).contains("Join this store's community first");
  }

  @Test
  void aMemberTokenOpensNoStaffOrIntegrationEndpoint() throws Exception {
    for (String path : List.of("/api/v1/members/" + lena.id(), "/api/v1/events")) {
      var response = asMember(lena, path, "GET", null);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
    }
    var noStore =
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/api/v1/community/topics"))
                .header("Authorization", "Bearer " + lena.token())
                .GET());
    assertThat(noStore.statusCode()).isEqualTo(404);
  }

  // --- helpers

  private static Member member(StoreApi store, String name) throws Exception {
    String email = unique(name.toLowerCase());
    KeycloakForTests.createShopper(email, PASSWORD, true);
    String token = KeycloakForTests.accessToken(email, PASSWORD);
    String body =
        Json.createObjectBuilder()
            .add("displayName", name)
            .add("language", "en")
            .add("consent", true)
            .build()
            .toString();
    var joined =
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
    long id = json(joined).getJsonObject("member").getJsonNumber("id").longValue();
    // Vouched for, as a moderator would: a new member's posts otherwise wait in the queue.
    TrustedMembers.trust(store.merchant().slug(), id);
    return new Member(token, id, name);
  }

  private static HttpResponse<String> newTopic(
      Member member, long category, String title, String markdown) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("categoryId", category)
            .add("title", title)
            .add("markdown", markdown)
            .build()
            .toString();
    return asMember(member, "/api/v1/community/topics", "POST", body);
  }

  private static HttpResponse<String> reply(Member member, long topic, JsonObject body)
      throws Exception {
    return asMember(
        member, "/api/v1/community/topics/" + topic + "/posts", "POST", body.toString());
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

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response);
  }

  private static void assertRefused(HttpResponse<String> response, String title) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(json(response).getString("title")).isEqualTo(title);
  }

  private static HttpResponse<String> page(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(WebSession.BASE.resolve("/s/" + slugA() + "/" + path))
            .header("Accept-Language", "en")
            .GET());
  }

  private static String sectionPath() throws Exception {
    return array(storeA.get("/api/v1/community/categories")).getJsonObject(0).getString("path");
  }

  private static JsonObject published(long postId) throws Exception {
    return json(
        send(
            HttpRequest.newBuilder(WebSession.BASE.resolve("/it/forum/published?post=" + postId))
                .GET()));
  }

  private static int helpfulEvents() {
    var events = storeA.get("/api/v1/events?type=PostMarkedHelpful&size=100");
    assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
    return json(events).getJsonNumber("total").intValue();
  }

  private static String slugA() {
    return storeA.merchant().slug();
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return StoreApi.json(response);
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (var reader = Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
