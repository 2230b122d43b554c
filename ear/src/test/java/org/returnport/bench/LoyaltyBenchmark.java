package org.returnport.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The on-demand benchmark of issue 12's loyalty targets, against a running Returnport (the run
 * command): (1) awards when every event is delivered twice: members of the demo store are written
 * straight into its database, then the store's own events go to {@code POST
 * /api/v1/loyalty/activities} in batches of 100, each batch sent twice at the same moment (a shop
 * retrying while the first delivery is still running); afterwards the ledger is counted: one entry
 * per distinct event id, and every account's balance the sum of its entries; (2) balance reads
 * through the API at c=10 ({@code GET /api/v1/loyalty/members/{id}}, {@code -Dbench.balance-path=}
 * for another). Parts with {@code -Dbench.parts=awards,balance}. Run with {@code ./mvnw -Pbench
 * package -Dbench.main=org.returnport.bench.LoyaltyBenchmark}; see the README. Its results are its
 * answer to the person who ran it, hence standard output.
 */
public final class LoyaltyBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

  private LoyaltyBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("bench.url", "http://localhost:8080");
    List<String> parts = List.of(System.getProperty("bench.parts", "awards,balance").split(","));
    int memberCount = Integer.getInteger("bench.members", 1_000);
    int events = Integer.getInteger("bench.events", 20_000);
    int batchSize = Integer.getInteger("bench.batch", 100);
    int pairs = Integer.getInteger("bench.pairs", 5);
    int clients = Integer.getInteger("bench.clients", 10);
    int seconds = Integer.getInteger("bench.seconds", 30);
    String balancePath = System.getProperty("bench.balance-path", "/api/v1/loyalty/members/{id}");
    String key = System.getProperty("bench.key");
    if (key == null) {
      key = ReturnsBenchmark.demoKey();
    }
    String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
    long tenant;
    List<Long> members;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      tenant = single(db, "SELECT ID FROM TENANT WHERE SLUG = 'demo'");
      members = members(db, tenant, run, memberCount);
    }
    System.out.printf("Members: %,d joined the demo store for run %s%n", members.size(), run);

    if (parts.contains("awards")) {
      awards(base, key, tenant, run, members, events, batchSize, pairs);
    }
    if (parts.contains("balance")) {
      balances(base, key, members, clients, seconds, balancePath);
    }
  }

  /** Every batch twice at once, {@code pairs} batches in flight; then the ledger counted. */
  private static void awards(
      String base,
      String key,
      long tenant,
      String run,
      List<Long> members,
      int events,
      int batchSize,
      int pairs)
      throws Exception {
    int batches = (events + batchSize - 1) / batchSize;
    Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(pairs);
    Instant start = Instant.now();
    for (int p = 0; p < pairs; p++) {
      pool.submit(
          () -> {
            for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
              String body =
                  batch(run, members, b * batchSize, Math.min(events, (b + 1) * batchSize));
              List<CompletableFuture<HttpResponse<String>>> twice = new ArrayList<>();
              for (int delivery = 0; delivery < 2; delivery++) {
                twice.add(
                    HTTP.sendAsync(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/loyalty/activities"))
                            .header("Content-Type", "application/json")
                            .header("X-Api-Key", key)
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()));
              }
              for (CompletableFuture<HttpResponse<String>> delivery : twice) {
                HttpResponse<String> answer;
                try {
                  answer = delivery.join();
                } catch (RuntimeException e) {
                  statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                  continue;
                }
                statuses
                    .computeIfAbsent(answer.statusCode(), s -> new AtomicInteger())
                    .incrementAndGet();
                Matcher status = STATUS.matcher(answer.body());
                while (status.find()) {
                  answers
                      .computeIfAbsent(status.group(1), s -> new AtomicInteger())
                      .incrementAndGet();
                }
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(2, TimeUnit.HOURS);
    Duration took = Duration.between(start, Instant.now());
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      String ofRun =
          " FROM LOYALTY_ENTRY WHERE TENANT_ID = "
              + tenant
              + " AND SOURCE_KEY LIKE 'activity/"
              + run
              + "-%'";
      long entries = single(db, "SELECT COUNT(*)" + ofRun);
      long distinct = single(db, "SELECT COUNT(DISTINCT SOURCE_KEY)" + ofRun);
      long points = single(db, "SELECT COALESCE(SUM(POINTS), 0)" + ofRun);
      long wrongBalances =
          single(
              db,
              "SELECT COUNT(*) FROM LOYALTY_ACCOUNT a JOIN STORE_MEMBER m ON m.ID = a.MEMBER_ID"
                  + " WHERE a.TENANT_ID = "
                  + tenant
                  + " AND m.EMAIL LIKE 'bench-"
                  + run.toLowerCase()
                  + "-%' AND a.BALANCE <> (SELECT COALESCE(SUM(e.POINTS), 0) FROM LOYALTY_ENTRY e"
                  + " WHERE e.TENANT_ID = a.TENANT_ID AND e.ACCOUNT_ID = a.ID)");
      System.out.printf(
          "Awards: %,d events in %,d batches, each batch delivered twice at once (%,d requests,"
              + " %d pairs in flight) in %,d ms = %,.0f awards/s (%,.0f deliveries/s);"
              + " HTTP answers %s; item answers %s%n",
          events,
          batches,
          batches * 2,
          pairs,
          took.toMillis(),
          distinct * 1000.0 / took.toMillis(),
          events * 2000.0 / took.toMillis(),
          new TreeMap<>(statuses),
          new TreeMap<>(answers));
      System.out.printf(
          "Ledger: %,d entries for %,d distinct event ids of %,d sent (duplicates: %,d;"
              + " events never awarded: %,d), %,d points; accounts whose balance is not the sum"
              + " of their entries: %,d%n",
          entries, distinct, events, entries - distinct, events - distinct, points, wrongBalances);
    }
  }

  private static String batch(String run, List<Long> members, int from, int to) {
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = from; i < to; i++) {
      if (i > from) {
        body.append(',');
      }
      body.append("{\"memberId\":")
          .append(members.get(i % members.size()))
          .append(",\"points\":1,\"externalId\":\"")
          .append(run)
          .append('-')
          .append(i)
          .append("\",\"label\":\"Benchmark order ")
          .append(i)
          .append("\"}");
    }
    return body.append("]}").toString();
  }

  /** Balance reads at c={@code clients} for {@code seconds}, members taken in turn. */
  private static void balances(
      String base, String key, List<Long> members, int clients, int seconds, String path)
      throws Exception {
    ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    AtomicInteger turn = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      read(base, key, path, members.get(i % members.size()));
    }
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            long[] own = new long[1 << 16];
            int n = 0;
            while (System.nanoTime() < end) {
              long member = members.get(Math.floorMod(turn.getAndIncrement(), members.size()));
              long sent = System.nanoTime();
              int status = read(base, key, path, member);
              if (n == own.length) {
                own = Arrays.copyOf(own, n * 2);
              }
              own[n++] = System.nanoTime() - sent;
              statuses.merge(status, 1, Integer::sum);
            }
            latencies.add(Arrays.copyOf(own, n));
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    double took = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "Balance reads (%s), c=%d: %,d requests in %.1f s = %,.0f/s; p50 %.1f ms, p95 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms; answers %s%n",
        path,
        clients,
        all.length,
        took,
        all.length / took,
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        new TreeMap<>(statuses));
  }

  private static int read(String base, String key, String path, long member) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path.replace("{id}", Long.toString(member))))
                  .header("X-Api-Key", key)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Members of the demo store, as joining writes them, with no mail wanted. */
  private static List<Long> members(Connection db, long tenant, String run, int count)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    String prefix = "bench-" + run.toLowerCase() + "-";
    db.setAutoCommit(false);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO STORE_MEMBER (TENANT_ID, KEYCLOAK_USER_ID, EMAIL, DISPLAY_NAME,"
                + " DISPLAY_KEY, LANGUAGE, MAIL_RETURNS, MAIL_COMMUNITY, MAIL_POINTS, JOINED_AT,"
                + " CONSENT_AT, VERSION) VALUES (?, UUID(), ?, ?, ?, 'en', FALSE, FALSE, FALSE, ?,"
                + " ?, 0)")) {
      for (int m = 0; m < count; m++) {
        insert.setLong(1, tenant);
        insert.setString(2, prefix + m + "@example.com");
        insert.setString(3, "Bench " + run + " " + m);
        insert.setString(4, ("bench " + run + " " + m).toLowerCase());
        insert.setTimestamp(5, now);
        insert.setTimestamp(6, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT ID FROM STORE_MEMBER WHERE TENANT_ID = ? AND EMAIL LIKE ? ORDER BY ID")) {
      query.setLong(1, tenant);
      query.setString(2, prefix + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static double percentile(long[] sorted, double p) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String dbUrl() {
    return System.getProperty(
        "bench.db",
        "jdbc:mysql://localhost:3307/returnport?sslMode=DISABLED&rewriteBatchedStatements=true");
  }
}
