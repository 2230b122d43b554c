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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.returnport.parcels.control.WebhookSignature;
import org.returnport.secrets.SecretSeal;

/**
 * The on-demand benchmark of issue 9's tracking target, against a running Returnport (the run
 * command): AfterShip tracking webhooks for the demo store's parcels, signed with its secret and
 * sent by many clients at once as fast as the server takes them, while the returns queue is read
 * through the API a few times a second. Each delivery carries the parcel's checkpoints so far, as
 * AfterShip's do, so each adds one new scan. Run with {@code ./mvnw -Pbench package
 * -Dbench.main=org.returnport.bench.TrackingBenchmark}; see the README. Its results are its answer
 * to the person who ran it, hence standard output.
 */
public final class TrackingBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static final String[][] JOURNEY = {
    {"InTransit", "InTransit_002", "Picked up"},
    {"InTransit", "InTransit_001", "Departed sorting centre"},
    {"InTransit", "InTransit_003", "Arrived at delivery depot"},
    {"OutForDelivery", "OutForDelivery_001", "Out for delivery to the hub"},
    {"Delivered", "Delivered_001", "Delivered to the hub"}
  };

  private TrackingBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("bench.url", "http://localhost:8080");
    int parcels = Integer.getInteger("bench.parcels", 6_000);
    int clients = Integer.getInteger("bench.clients", 32);
    int queue = Integer.getInteger("bench.returns", 100_000);
    String linkSecret = System.getProperty("bench.link-secret", "returnport-link-dev-secret");
    String key = System.getProperty("bench.key");
    if (key == null) {
      key = ReturnsBenchmark.demoKey();
    }
    ReturnsBenchmark.seedReturns("demo", queue);
    String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
    String secret;
    List<String> trackingNumbers;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      long tenant = single(db, "SELECT ID FROM TENANT WHERE SLUG = 'demo'");
      secret = secret(db, tenant, new SecretSeal(linkSecret));
      trackingNumbers = parcels(db, tenant, run, parcels);
    }
    System.out.printf("Parcels: %,d booked for run %s%n", trackingNumbers.size(), run);

    List<Long> before = probeQueue(base, key, 20);
    System.out.printf("Queue before: p50 %d ms, p95 %d ms%n", pct(before, 50), pct(before, 95));

    // Deliveries parcel after parcel, stage by stage: the k-th about a parcel repeats its k-1
    // earlier checkpoints and adds one, as AfterShip's updates do.
    List<String[]> deliveries = new ArrayList<>();
    for (int stage = 0; stage < JOURNEY.length; stage++) {
      for (String number : trackingNumbers) {
        deliveries.add(new String[] {number, Integer.toString(stage)});
      }
    }
    AtomicBoolean loading = new AtomicBoolean(true);
    List<Long> during = new CopyOnWriteArrayList<>();
    String apiKey = key;
    Thread prober =
        new Thread(
            () -> {
              while (loading.get()) {
                during.addAll(probeQueue(base, apiKey, 1));
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
              }
            },
            "queue-prober");
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    Instant origin = Instant.parse("2026-11-20T08:00:00Z");
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Instant start = Instant.now();
    prober.start();
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            for (int i = next.getAndIncrement();
                i < deliveries.size();
                i = next.getAndIncrement()) {
              String[] delivery = deliveries.get(i);
              String body = body(run + "-" + i, delivery[0], Integer.parseInt(delivery[1]), origin);
              int status =
                  send(
                      base,
                      body,
                      WebhookSignature.sign(
                          body.getBytes(java.nio.charset.StandardCharsets.UTF_8), secret));
              statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    Duration took = Duration.between(start, Instant.now());
    loading.set(false);
    prober.join();

    long scans;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      scans =
          single(
              db,
              "SELECT COUNT(*) FROM PARCEL_SCAN s JOIN PARCEL p ON p.ID = s.PARCEL_ID"
                  + " WHERE p.TRACKING_NUMBER LIKE 'BN"
                  + run
                  + "%'");
    }
    System.out.printf(
        "Tracking: %,d webhook deliveries in %,d ms = %,.0f deliveries/s (%,.0f new scans/s);"
            + " answers %s; %,d scans stored%n",
        deliveries.size(),
        took.toMillis(),
        deliveries.size() * 1000.0 / took.toMillis(),
        scans * 1000.0 / took.toMillis(),
        statuses,
        scans);
    List<Long> sorted = new ArrayList<>(during);
    System.out.printf(
        "Queue during: %d reads, p50 %d ms, p95 %d ms, max %d ms%n",
        sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 100));
  }

  private static String body(String eventId, String trackingNumber, int stage, Instant origin) {
    StringBuilder checkpoints = new StringBuilder();
    for (int k = 0; k <= stage; k++) {
      if (k > 0) {
        checkpoints.append(',');
      }
      checkpoints.append(
          """
          {"slug":"dhl","city":"Leipzig","country_iso3":"DEU","tag":"%s","subtag":"%s",\
          "message":"%s","checkpoint_time":"%s"}"""
              .formatted(
                  JOURNEY[k][0],
                  JOURNEY[k][1],
                  JOURNEY[k][2],
                  origin.plus(Duration.ofHours(6L * k))));
    }
    return """
        {"event":"tracking_update","event_id":"%s","is_tracking_first_tag":false,"ts":%d,\
        "msg":{"tracking_number":"%s","slug":"dhl","tag":"%s","checkpoints":[%s]}}"""
        .formatted(
            eventId,
            Instant.now().getEpochSecond(),
            trackingNumber,
            JOURNEY[stage][0],
            checkpoints);
  }

  private static int send(String base, String body, String signature) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/tracking/demo/aftership"))
                  .header("Content-Type", "application/json")
                  .header(WebhookSignature.HEADER, signature)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
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

  /** Times of reading the queue's first page and a filtered page, in milliseconds. */
  private static List<Long> probeQueue(String base, String key, int rounds) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      for (String query : List.of("page=0&size=50", "status=APPROVED&page=0&size=50")) {
        Instant start = Instant.now();
        try {
          HttpResponse<String> response =
              HTTP.send(
                  HttpRequest.newBuilder(URI.create(base + "/api/v1/returns?" + query))
                      .header("X-Api-Key", key)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException(query + ": " + response.statusCode());
          }
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return times;
        }
        times.add(Duration.between(start, Instant.now()).toMillis());
      }
    }
    return times;
  }

  private static long pct(List<Long> times, int percent) {
    if (times.isEmpty()) {
      return -1;
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  /** The demo store's webhook secret: the one its admin made, or a new one, sealed as they are. */
  private static String secret(Connection db, long tenant, SecretSeal seal) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("SELECT SEALED FROM TRACKING_SECRET WHERE TENANT_ID = ?")) {
      query.setLong(1, tenant);
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          return seal.open(row.getString(1), "demo");
        }
      }
    }
    String secret = SecretSeal.newSecret();
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO TRACKING_SECRET (TENANT_ID, SEALED, ROTATED_AT, VERSION)"
                + " VALUES (?, ?, UTC_TIMESTAMP(6), 0)")) {
      insert.setLong(1, tenant);
      insert.setString(2, seal.seal(secret, "demo"));
      insert.executeUpdate();
    }
    return secret;
  }

  /**
   * Booked parcels for approved returns of the demo store that have none yet, written straight into
   * the database as the carrier worker would leave them: the ingestion is what is measured.
   */
  private static List<String> parcels(Connection db, long tenant, String run, int count)
      throws SQLException {
    List<long[]> returns = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT r.ID FROM RETURN_CASE r WHERE r.TENANT_ID = ? AND r.STATUS = 'APPROVED'"
                + " AND NOT EXISTS (SELECT 1 FROM PARCEL p WHERE p.TENANT_ID = r.TENANT_ID"
                + " AND p.RETURN_ID = r.ID) LIMIT ?")) {
      query.setLong(1, tenant);
      query.setInt(2, count);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          returns.add(new long[] {rows.getLong(1)});
        }
      }
    }
    List<String> numbers = new ArrayList<>();
    db.setAutoCommit(false);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO PARCEL (TENANT_ID, RETURN_ID, RMA, CARRIER, STATE, TRACKING_NUMBER, STAGE,"
                + " STAGE_AT, DELAY_DAYS, CREATED_AT, BOOKED_AT, VERSION)"
                + " SELECT TENANT_ID, ID, RMA, 'dhl', 'BOOKED', ?, 'LABEL_CREATED', ?, 0, ?, ?, 0"
                + " FROM RETURN_CASE WHERE ID = ?")) {
      LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
      for (int i = 0; i < returns.size(); i++) {
        String number = "BN" + run + String.format("%06d", i);
        insert.setString(1, number);
        insert.setObject(2, now);
        insert.setObject(3, now);
        insert.setObject(4, now);
        insert.setLong(5, returns.get(i)[0]);
        insert.addBatch();
        numbers.add(number);
      }
      insert.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
    return numbers;
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
