package org.returnport.it.community.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
import org.returnport.it.web.StoreApi;
import org.returnport.it.web.WebSession;

/**
 * Community search on the deployed application: posts and reviews, told of as the forum and the
 * reviews tell of them ({@code ContentChanged}, fired in-container in the store), are found in
 * English and Chinese, the more relevant and then the newer first, with escaped highlights; hidden
 * ones are not found, an edit replaces what was indexed, another store finds nothing of them; the
 * page (in both languages) and the API answer alike, and refuse empty and over-long questions.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SearchIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

  static StoreApi store;
  static StoreApi otherStore;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    EnterpriseArchive ear = Deployments.applicationWith(List.of(SearchDriver.class), List.of());
    JavaArchive community = ear.getAsType(JavaArchive.class, "forum.jar");
    community.addClasses(SearchFiring.class);
    ear.delete("forum.jar");
    return ear.addAsModule(community);
  }

  @BeforeAll
  static void twoStores() {
    store = StoreApi.newStore("Search Shop");
    otherStore = StoreApi.newStore("Other Search Shop");
  }

  @Test
  void englishAndChineseAreFoundInTheirOwnWords() {
    String marker = marker();
    long topic =
        post(
            store,
            "POST",
            true,
            "Sizing of the wool sweater " + marker,
            "The wool sweater runs small: take one size up.",
            2);
    long review = post(store, "REVIEW", true, "运动鞋尺码偏小 " + marker, "这双运动鞋尺码偏小，建议买大一码。", 3);

    List<JsonObject> english = hits(store, marker + " SWEATERS small");
    assertThat(english).hasSize(1);
    assertThat(english.get(0).getString("kind")).isEqualTo("TOPIC");
    assertThat(english.get(0).getString("path")).isEqualTo("community/t/" + topic + "-doc");
    assertThat(english.get(0).getString("titleHtml")).contains("<mark>sweater</mark>");
    assertThat(english.get(0).getString("excerptHtml"))
        .contains("<mark>sweater</mark>")
        .contains("<mark>small</mark>");

    List<JsonObject> chinese = hits(store, marker + " 运动鞋");
    assertThat(chinese).hasSize(1);
    assertThat(chinese.get(0).getString("kind")).isEqualTo("REVIEW");
    assertThat(chinese.get(0).getString("path")).isEqualTo("community/t/" + review + "-doc");
    assertThat(chinese.get(0).getString("excerptHtml")).contains("这双<mark>运动鞋</mark>尺码偏小");
    assertThat(hits(store, marker + " 码")).hasSize(1);

    assertThat(hits(store, marker + " sweater 运动鞋")).as("every word must match").isEmpty();
    assertThat(hits(store, marker)).hasSize(2);
  }

  @Test
  void theMoreRelevantComeFirstAndAmongEqualsTheNewer() {
    String marker = marker();
    long older = post(store, "POST", true, null, marker + " zipper broke after one week", 20);
    long relevant = post(store, "POST", true, "Zipper", "zipper zipper zipper " + marker, 20);
    long newer = post(store, "POST", true, null, marker + " zipper broke after one week", 1);

    assertThat(hits(store, marker + " zipper"))
        .extracting(hit -> hit.getString("path"))
        .containsExactly(
            "community/t/" + relevant + "-doc",
            "community/t/" + newer + "-doc",
            "community/t/" + older + "-doc");
  }

  @Test
  void highlightsAreEscapedText() {
    String marker = marker();
    post(store, "POST", true, null, "<script>alert('x')</script> " + marker + " & <b>bold</b>", 0);

    String excerpt = hits(store, marker).get(0).getString("excerptHtml");
    assertThat(excerpt)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("<mark>" + marker + "</mark>")
        .contains("&amp; &lt;b&gt;bold&lt;/b&gt;")
        .doesNotContain("<script>", "<b>");
  }

  @Test
  void hiddenAndDeletedPostsAreNotFound() {
    String marker = marker();
    long hidden = post(store, "POST", true, null, marker + " shown once", 0);
    assertThat(hits(store, marker)).hasSize(1);

    change(store, "POST", hidden, false, null, marker + " shown once", 0);
    post(store, "REVIEW", false, "Held " + marker, marker + " waiting for a moderator", 0);

    assertThat(hits(store, marker)).isEmpty();
  }

  @Test
  void anEditReplacesWhatWasIndexed() {
    String marker = marker();
    long id = post(store, "POST", true, null, marker + " the lining is cotton", 0);
    change(store, "POST", id, true, null, marker + " the lining is silk", 0);

    assertThat(hits(store, marker + " cotton")).isEmpty();
    assertThat(hits(store, marker + " silk")).hasSize(1);
    assertThat(hits(store, marker)).hasSize(1);
  }

  @Test
  void anotherStoreNeverFindsThem() {
    String marker = marker();
    post(store, "POST", true, "Secret sale " + marker, marker + " only here", 0);

    assertThat(hits(store, marker)).hasSize(1);
    assertThat(hits(otherStore, marker)).isEmpty();
    assertThat(
            new WebSession()
                .get("/s/" + otherStore.merchant().slug() + "/community/search?q=" + encode(marker))
                .document()
                .select("#results li"))
        .isEmpty();
  }

  @Test
  void thePageShowsResultsWithHighlightsInBothLanguages() {
    String marker = marker();
    long id = post(store, "POST", true, "Wool care " + marker, "Wash the wool <i>cold</i>.", 0);
    String slug = store.merchant().slug();

    WebSession.Page english =
        new WebSession().get("/s/" + slug + "/community/search?q=" + encode("wool " + marker));
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.document().select("h1").text()).isEqualTo("Search the community");
    assertThat(english.document().select("label[for=q]")).isNotEmpty();
    Element hit = english.document().selectFirst("#results li");
    assertThat(hit).isNotNull();
    assertThat(hit.select("a.rp-search-link").attr("href"))
        .endsWith("/s/" + slug + "/community/t/" + id + "-doc");
    assertThat(hit.select("a.rp-search-link mark").text()).contains("Wool");
    assertThat(hit.select(".rp-search-excerpt mark").eachText()).contains("wool");
    assertThat(hit.select(".rp-search-excerpt i")).as("member text stays text").isEmpty();
    assertThat(hit.select(".rp-search-excerpt").text()).contains("<i>cold</i>");

    WebSession.Page chinese =
        new WebSession("zh-CN").get("/s/" + slug + "/community/search?q=" + encode(marker));
    assertThat(chinese.document().select("h1").text()).isEqualTo("搜索社区");
    assertThat(chinese.document().select("#results li")).hasSize(1);
  }

  @Test
  void emptyAndOverlongQuestionsAreRefusedWithAReason() {
    String slug = store.merchant().slug();
    String tooLong = "a".repeat(201);

    assertThat(
            new WebSession()
                .get("/s/" + slug + "/community/search?q=" + encode(tooLong))
                .document()
                .select("#messages")
                .text())
        .contains("too long");
    assertThat(new WebSession().get("/s/" + slug + "/community/search?q=").text())
        .contains("Type a word or two");
    assertThat(
            new WebSession("zh-CN")
                .get("/s/" + slug + "/community/search?q=" + encode(tooLong))
                .document()
                .select("#messages")
                .text())
        .contains("搜索内容过长");
    assertThat(
            new WebSession()
                .get("/s/" + slug + "/community/search")
                .document()
                .select("#messages li"))
        .as("opening the page is no error")
        .isEmpty();

    assertThat(store.get("/api/v1/community/search?q=" + encode(tooLong)).statusCode())
        .isEqualTo(422);
    assertThat(store.get("/api/v1/community/search?q=").statusCode()).isEqualTo(422);
    assertThat(store.get("/api/v1/community/search?q=" + encode("!!!")).statusCode())
        .isEqualTo(422);
  }

  @Test
  void theApiIsForTheStoresIntegrationKey() {
    String marker = marker();
    post(store, "POST", true, null, marker + " for the shop system", 0);

    HttpResponse<String> answer = store.get("/api/v1/community/search?q=" + encode(marker));
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonObject page = StoreApi.json(answer);
    assertThat(page.getInt("page")).isZero();
    assertThat(page.getInt("size")).isEqualTo(20);
    assertThat(page.getBoolean("hasNext")).isFalse();
    assertThat(page.getJsonArray("items")).hasSize(1);

    HttpResponse<String> anonymous =
        send(
            HttpRequest.newBuilder(
                    WebSession.BASE.resolve("/api/v1/community/search?q=" + encode(marker)))
                .GET()
                .build());
    assertThat(anonymous.statusCode()).isIn(401, 404);
  }

  @Test
  void resultsComeTwentyToAPage() {
    String marker = marker();
    for (int i = 0; i < 21; i++) {
      post(store, "POST", true, null, marker + " page filler " + i, i);
    }
    JsonObject first = StoreApi.json(store.get("/api/v1/community/search?q=" + encode(marker)));
    JsonObject second =
        StoreApi.json(store.get("/api/v1/community/search?page=1&q=" + encode(marker)));

    assertThat(first.getJsonArray("items")).hasSize(20);
    assertThat(first.getBoolean("hasNext")).isTrue();
    assertThat(second.getJsonArray("items")).hasSize(1);
    assertThat(second.getBoolean("hasNext")).isFalse();
  }

  /** A word no other test writes, so that each test sees its own documents only. */
  private static String marker() {
    return "mk" + IDS.incrementAndGet();
  }

  private static long post(
      StoreApi shop, String kind, boolean visible, String title, String text, int daysAgo) {
    long id = IDS.incrementAndGet();
    change(shop, kind, id, visible, title, text, daysAgo);
    return id;
  }

  private static void change(
      StoreApi shop,
      String kind,
      long id,
      boolean visible,
      String title,
      String text,
      int daysAgo) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("store", shop.merchant().slug());
    fields.put("kind", kind);
    fields.put("id", Long.toString(id));
    fields.put("visible", Boolean.toString(visible));
    fields.put("title", title == null ? "" : title);
    fields.put("text", text);
    fields.put("daysAgo", Integer.toString(daysAgo));
    fields.put("path", "community/t/" + id + "-doc");
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (name, value) ->
            form.append(form.length() == 0 ? "" : "&")
                .append(name)
                .append('=')
                .append(encode(value)));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(WebSession.BASE + "/it/community-search"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private static List<JsonObject> hits(StoreApi shop, String question) {
    HttpResponse<String> answer = shop.get("/api/v1/community/search?q=" + encode(question));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return StoreApi.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
