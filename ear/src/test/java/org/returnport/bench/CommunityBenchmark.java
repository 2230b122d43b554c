package org.returnport.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The on-demand benchmark of issue 11's community targets, against a running Returnport (the run
 * command): a data set of 1,000 stores and 1,000,000 posts with a topic of 1,000 posts ({@link
 * CommunitySeed}), then (a) guests reading that topic's HTML page (its first and a middle page) at
 * c=10, counting sessions opened; (b) 8 members posting at once through the member posting API with
 * their Keycloak tokens; (c) search in English and Chinese; (d) the query plans of a store's pages,
 * which must start with the store. Parts can be chosen with {@code -Dbench.parts=seed,home,read,
 * post,search,plans}. Run with {@code ./mvnw -Pbench package
 * -Dbench.main=org.returnport.bench.CommunityBenchmark}; see the README. Its results are its answer
 * to the person who ran it, hence standard output.
 */
public final class CommunityBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private CommunityBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("bench.url", "http://localhost:8080");
    Set<String> parts =
        Set.of(System.getProperty("bench.parts", "seed,home,read,post,search,plans").split(","));
    int stores = Integer.getInteger("bench.stores", 1_000);
    int posts = Integer.getInteger("bench.posts", 1_000_000);
    int topicPosts = Integer.getInteger("bench.topic-posts", 1_000);
    int seconds = Integer.getInteger("bench.seconds", 30);
    int clients = Integer.getInteger("bench.clients", 10);
    int indexed = Integer.getInteger("bench.indexed-stores", CommunitySeed.INDEXED_STORES);

    CommunitySeed.Seeded seeded;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      if (parts.contains("seed")) {
        System.out.printf(
            "Seeding %,d stores and %,d posts (a topic of %,d)…%n", stores, posts, topicPosts);
        seeded = new CommunitySeed(db).seed(stores, posts, topicPosts, indexed);
      } else {
        seeded = new CommunitySeed(db).find();
      }
    }
    String store = CommunitySeed.slug(1);
    String topic =
        base + "/s/" + store + "/community/t/" + seeded.bigTopicId() + "-" + seeded.bigTopicSlug();

    if (parts.contains("home")) {
      report("Shop home, guests", load(clients, seconds, i -> base + "/s/" + store + "/"));
    }
    if (parts.contains("read")) {
      String middle = topic + "?page=" + System.getProperty("bench.middle-page", "25");
      report("Long topic, first page, guests", load(clients, seconds, i -> topic));
      report("Long topic, a middle page, guests", load(clients, seconds, i -> middle));
    }
    if (parts.contains("post")) {
      post(base, store, seeded);
    }
    if (parts.contains("search")) {
      search(base, store, CommunitySeed.ENGLISH_QUERIES, "English", seconds);
      search(base, store, CommunitySeed.CHINESE_QUERIES, "Chinese", seconds);
    }
    if (parts.contains("plans")) {
      plans(seeded);
    }
  }

  /**
   * Guests searching the first store at c=4, the questions of one language in turn; first checks
   * that each question finds something, so that an empty index is never what is timed.
   */
  private static void search(
      String base, String store, List<String> questions, String language, int seconds)
      throws Exception {
    List<String> urls =
        questions.stream()
            .map(
                q ->
                    base
                        + "/s/"
                        + store
                        + "/community/search?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))
            .toList();
    for (int q = 0; q < urls.size(); q++) {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(urls.get(q))).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200 || !answer.body().contains("rp-search-link")) {
        System.out.printf(
            "  warning: search for \"%s\" answered %d without a result: is the store indexed?%n",
            questions.get(q), answer.statusCode());
      }
    }
    report(
        "Search in " + language + " " + questions + ", c=4",
        load(4, Math.max(10, seconds / 2), i -> urls.get(i % urls.size())));
  }

  /** What guests (no cookie sent back) get: rate, latency, answers, sessions opened. */
  record Result(
      int requests, double seconds, long[] nanos, Map<Integer, Integer> statuses, int sessions) {}

  static Result load(int clients, int seconds, IntFunction<String> url) throws Exception {
    for (int i = 0; i < 50; i++) {
      get(url.apply(i));
    }
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    AtomicInteger sessions = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            long[] own = new long[1 << 16];
            int n = 0;
            while (System.nanoTime() < end) {
              long sent = System.nanoTime();
              HttpResponse<byte[]> answer = get(url.apply(n));
              if (n == own.length) {
                own = Arrays.copyOf(own, n * 2);
              }
              own[n++] = System.nanoTime() - sent;
              statuses.merge(answer == null ? -1 : answer.statusCode(), 1, Integer::sum);
              if (answer != null
                  && answer.headers().allValues("Set-Cookie").stream()
                      .anyMatch(v -> v.startsWith("JSESSIONID"))) {
                sessions.incrementAndGet();
              }
            }
            latencies.add(Arrays.copyOf(own, n));
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    double took = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length, took, all, new TreeMap<>(statuses), sessions.get());
  }

  static void report(String what, Result result) {
    long[] l = result.nanos();
    System.out.printf(
        "%s: %,d requests in %.1f s = %,.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " answers %s; sessions opened (Set-Cookie JSESSIONID): %,d%n",
        what,
        result.requests(),
        result.seconds(),
        result.requests() / result.seconds(),
        percentile(l, 0.50),
        percentile(l, 0.95),
        percentile(l, 0.99),
        l.length == 0 ? 0 : l[l.length - 1] / 1e6,
        result.statuses(),
        result.sessions());
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
  }

  private static HttpResponse<byte[]> get(String url) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * 8 members (Keycloak accounts made for the run, joined to the store in its database) post into a
   * topic of their own through {@code POST /api/v1/community/topics/{id}/posts}, as fast as the
   * server answers, with bearer tokens from the realm's password grant.
   */
  private static void post(String base, String store, CommunitySeed.Seeded seeded)
      throws Exception {
    int posters = Integer.getInteger("bench.posters", 8);
    int each = Integer.getInteger("bench.posts-each", 150);
    String keycloak = System.getProperty("bench.keycloak", "http://localhost:8180");
    String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    String admin = adminToken(keycloak);
    List<String> tokens = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      for (int p = 1; p <= posters; p++) {
        String email = "bench-poster-" + run + "-" + p + "@example.com";
        String password = "bench-" + UUID.randomUUID();
        String userId = createUser(keycloak, admin, email, password);
        trust(db, seeded.storeId(), join(db, seeded.storeId(), userId, email, p));
        tokens.add(memberToken(keycloak, email, password));
      }
    }
    String topic = base + "/api/v1/community/topics/" + seeded.bigTopicId() + "/posts";
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(posters);
    long start = System.nanoTime();
    for (int p = 0; p < posters; p++) {
      String token = tokens.get(p);
      int poster = p;
      pool.submit(
          () -> {
            for (int i = 0; i < each; i++) {
              // Unique per run, poster and post: the duplicate check holds a text another member
              // wrote and refuses one the member wrote before.
              String text =
                  i % 2 == 0
                      ? "Post "
                          + i
                          + " by poster "
                          + poster
                          + " of run "
                          + run
                          + ": the sweater fit runs small."
                      : "运行" + run + "，第" + poster + "位会员的第" + i + "条：这件毛衣尺码偏小，退货很方便。";
              String body =
                  Json.createObjectBuilder()
                      .add(System.getProperty("bench.post-field", "markdown"), text)
                      .build()
                      .toString();
              long sent = System.nanoTime();
              int status;
              try {
                status =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(topic))
                                .header("Authorization", "Bearer " + token)
                                .header("X-Returnport-Store", store)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode();
              } catch (java.io.IOException e) {
                status = -1;
              }
              latencies.add(System.nanoTime() - sent);
              statuses.merge(status, 1, Integer::sum);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    double took = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    int created = statuses.getOrDefault(201, 0) + statuses.getOrDefault(200, 0);
    System.out.printf(
        "Posting, %d members at once: %,d requests in %.1f s, %,d created = %,.0f posts/s;"
            + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; answers %s%n",
        posters,
        sorted.length,
        took,
        created,
        created / took,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        new TreeMap<>(statuses));
  }

  private static String adminToken(String keycloak) throws Exception {
    return token(
        keycloak + "/realms/master/protocol/openid-connect/token",
        "grant_type=password&client_id=admin-cli&username="
            + System.getProperty("bench.keycloak-admin", "admin")
            + "&password="
            + System.getProperty("bench.keycloak-password", "admin"));
  }

  private static String memberToken(String keycloak, String email, String password)
      throws Exception {
    return token(
        keycloak + "/realms/returnport/protocol/openid-connect/token",
        "grant_type=password&client_id=returnport-portal&client_secret="
            + System.getProperty("bench.client-secret", "returnport-portal-dev-secret")
            + "&scope=openid&username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8));
  }

  private static String token(String url, String form) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("no token from " + url + ": " + answer.body());
    }
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject().getString("access_token");
    }
  }

  /** A verified account, as a shopper who signed up gets; answers its Keycloak id. */
  private static String createUser(String keycloak, String admin, String email, String password)
      throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("username", email)
            .add("email", email)
            .add("enabled", true)
            .add("emailVerified", true)
            .add("firstName", "Bench")
            .add("lastName", "Poster")
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "password")
                            .add("value", password)
                            .add("temporary", false)))
            .build()
            .toString();
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/returnport/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("could not create " + email + ": " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /**
   * The member record the store keeps once an account joined its program (with consent); answers
   * its id.
   */
  private static long join(Connection db, long tenant, String userId, String email, int number)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO STORE_MEMBER (TENANT_ID, KEYCLOAK_USER_ID, EMAIL, DISPLAY_NAME,"
                + " DISPLAY_KEY, LANGUAGE, MAIL_RETURNS, MAIL_COMMUNITY, MAIL_POINTS, JOINED_AT,"
                + " CONSENT_AT, VERSION) VALUES (?, ?, ?, ?, ?, 'en', FALSE, FALSE, FALSE,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, tenant);
      insert.setString(2, userId);
      insert.setString(3, email);
      insert.setString(4, "Poster " + number);
      insert.setString(5, "poster " + number + " " + userId.substring(0, 8));
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  /**
   * What a moderator's "trust" writes: the member's standing BASIC (else every post of a new member
   * waits for approval, and the posting part would time the queue) and the audit entry that says
   * who vouched. BASIC members are still held to RETURNPORT_LIMITS_COMMUNITY_BASIC_POSTS per
   * window, which the run command must be started with raised (see the README).
   */
  private static void trust(Connection db, long tenant, long member) throws SQLException {
    try (PreparedStatement standing =
            db.prepareStatement(
                "INSERT INTO COMMUNITY_STANDING (TENANT_ID, MEMBER_ID, TRUST, APPROVED_COUNT,"
                    + " VERSION) VALUES (?, ?, 'BASIC', 0, 0)");
        PreparedStatement audit =
            db.prepareStatement(
                "INSERT INTO COMMUNITY_MODERATION_LOG (TENANT_ID, ACTED_AT, ACTOR, ACTION_CODE,"
                    + " MEMBER_ID, REASON) VALUES (?, UTC_TIMESTAMP(6), 'benchmark', 'TRUST', ?,"
                    + " 'posting benchmark')")) {
      standing.setLong(1, tenant);
      standing.setLong(2, member);
      standing.executeUpdate();
      audit.setLong(1, tenant);
      audit.setLong(2, member);
      audit.executeUpdate();
    }
  }

  /**
   * The plans of a store's community reads: each must use an index that starts with the store, so
   * that one store's pages cost the same with 1 or 1,000 stores.
   */
  private static void plans(CommunitySeed.Seeded seeded) throws SQLException {
    long tenant = seeded.storeId();
    Map<String, String> queries =
        Map.of(
            "a page of the long topic (posts 481-500)",
            "SELECT ID, NUMBER, HTML FROM COMMUNITY_POST WHERE TENANT_ID = "
                + tenant
                + " AND TOPIC_ID = "
                + seeded.bigTopicId()
                + " AND NUMBER BETWEEN 481 AND 500 ORDER BY NUMBER",
            "a category's topics, latest first",
            "SELECT ID, TITLE FROM COMMUNITY_TOPIC WHERE TENANT_ID = "
                + tenant
                + " AND CATEGORY_ID = (SELECT MIN(ID) FROM COMMUNITY_CATEGORY WHERE TENANT_ID = "
                + tenant
                + ") ORDER BY PINNED DESC, LAST_POST_AT DESC LIMIT 20",
            "posts waiting for moderation",
            "SELECT ID FROM COMMUNITY_POST WHERE TENANT_ID = "
                + tenant
                + " AND STATE = 'PENDING' ORDER BY CREATED_AT LIMIT 50");
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      for (var query : queries.entrySet()) {
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN " + query.getValue());
            ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            System.out.printf(
                "Plan of %s: table %s, key %s, rows %s, %s%n",
                query.getKey(),
                rows.getString("table"),
                rows.getString("key"),
                rows.getString("rows"),
                rows.getString("Extra"));
          }
        }
      }
    }
  }

  private static String dbUrl() {
    return System.getProperty(
        "bench.db",
        "jdbc:mysql://localhost:3307/returnport?sslMode=DISABLED&rewriteBatchedStatements=true");
  }
}
