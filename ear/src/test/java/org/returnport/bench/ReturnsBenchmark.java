package org.returnport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnport.apikey.entity.ApiKeySecret;

/**
 * The on-demand benchmark of issue 3's targets, against a running Returnport (the run command):
 * importing a Shopify export of 100,000 rows through the API (time, and the server's heap sampled
 * over JMX while it runs), then paging and filtering a queue of 100,000 returns. Run with {@code
 * ./mvnw -Pbench package} while the run command is up (it uses the demo store); see the README. Its
 * results are its answer to the person who ran it, hence standard output.
 */
public final class ReturnsBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ReturnsBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("bench.url", "http://localhost:8080");
    String key =
        Optional.ofNullable(System.getProperty("bench.key")).orElseGet(ReturnsBenchmark::demoKey);
    int rows = Integer.getInteger("bench.rows", 100_000);
    int returns = Integer.getInteger("bench.returns", 100_000);
    Path csv = Path.of(System.getProperty("bench.dir", "target/bench")).resolve("orders.csv");
    Files.createDirectories(csv.getParent());
    int orders = writeExport(csv, rows);
    System.out.printf("Export: %,d rows, %,d orders, %,d bytes%n", rows, orders, Files.size(csv));

    AtomicLong peakHeap = new AtomicLong();
    String jmx = System.getProperty("bench.jmx", ServerHeap.DEFAULT_URL);
    Thread sampler = new Thread(() -> sampleHeap(jmx, peakHeap), "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    Instant start = Instant.now();
    HttpResponse<String> imported =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/orders/import"))
                .header("X-Api-Key", key)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.ofFile(csv))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Duration took = Duration.between(start, Instant.now());
    sampler.interrupt();
    System.out.printf(
        "Import: HTTP %d in %,d s (%,.0f rows/s), server heap peak %,d MiB%n  %s%n",
        imported.statusCode(),
        took.toSeconds(),
        rows * 1000.0 / Math.max(1, took.toMillis()),
        peakHeap.get(),
        imported.body().length() > 300 ? imported.body().substring(0, 300) : imported.body());

    String slug = store(base, key);
    seedReturns(slug, returns);
    for (String query :
        List.of(
            "page=0&size=50",
            "page=1000&size=50",
            "status=UNDER_REVIEW&page=0&size=50",
            "waitingOn=MERCHANT&page=0&size=50",
            "reason=too-small&page=0&size=50",
            "country=FR&page=0&size=50",
            "search=shopper42@example.com")) {
      System.out.printf("Queue %-40s median %,4d ms%n", query, medianMillis(base, key, query));
    }
  }

  /**
   * A Shopify-shaped export: orders of one to three lines, all of them shipped, numbered anew for
   * each run so that every run creates its orders.
   */
  static int writeExport(Path file, int rows) throws IOException {
    String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
    int orders = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "Name,Email,Currency,Taxes,Created at,Fulfilled at,Lineitem quantity,Lineitem name,"
              + "Lineitem price,Lineitem sku,Shipping Name,Shipping Address1,Shipping City,"
              + "Shipping Zip,Shipping Country,Payment Method\r\n");
      int written = 0;
      while (written < rows) {
        orders++;
        int lines = Math.min(1 + orders % 3, rows - written);
        for (int line = 0; line < lines; line++) {
          if (line == 0) {
            out.write(
                "#B%s-%d,shopper%d@example.com,EUR,%d.00,2026-11-20 10:00:00 +0100,2026-11-21 10:00:00 +0100,"
                    .formatted(run, orders, orders % 5000, lines));
          } else {
            out.write("#B%s-%d,,,,,,".formatted(run, orders));
          }
          out.write(
              "%d,\"Tee, size %d\",29.00,SKU-%d,%s\r\n"
                  .formatted(
                      1 + line,
                      line,
                      line,
                      line == 0
                          ? "\"Shopper %d\",\"Rue %d\",Paris,75002,FR,card"
                              .formatted(orders, orders)
                          : ",,,,,"));
          written++;
        }
      }
    }
    return orders;
  }

  /** Inserts returns straight into the database: the queue's reading is what is measured. */
  static void seedReturns(String slug, int count) throws SQLException {
    String url =
        System.getProperty(
            "bench.db",
            "jdbc:mysql://localhost:3307/returnport?sslMode=DISABLED&rewriteBatchedStatements=true");
    try (Connection db = DriverManager.getConnection(url, "returnport", "returnport")) {
      long tenant = single(db, "SELECT ID FROM TENANT WHERE SLUG = '" + slug + "'");
      long existing = single(db, "SELECT COUNT(*) FROM RETURN_CASE WHERE TENANT_ID = " + tenant);
      long order = single(db, "SELECT MIN(ID) FROM CUSTOMER_ORDER WHERE TENANT_ID = " + tenant);
      db.setAutoCommit(false);
      String[] statuses = {"UNDER_REVIEW", "APPROVED", "REJECTED"};
      String[] reasons = {"too-small", "too-large", "damaged", "changed-mind"};
      String[] countries = {"FR", "DE", "CN", "US"};
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO RETURN_CASE (TENANT_ID, RMA, SUBMIT_KEY, ORDER_ID, ORDER_NUMBER, EMAIL,"
                  + " SHOPPER_NAME, SHIP_COUNTRY, LANGUAGE, POLICY_VERSION, RESOLUTION, STATUS,"
                  + " WAITING_ON, CURRENCY, ITEMS_VALUE, SHIPPING_FEE, RESTOCKING_FEE, REFUND, BONUS,"
                  + " KEEP_ITEMS, CROSSES_BORDER, REVIEW_REASONS, REQUESTED_AT, VERSION) VALUES"
                  + " (?, ?, ?, ?, ?, ?, 'Shopper', ?, 'en', 1, 'REFUND', ?, ?, 'EUR', 29, 5.95, 0,"
                  + " 23.05, 0, FALSE, TRUE, '', ?, 0)")) {
        for (long i = existing; i < count; i++) {
          insert.setLong(1, tenant);
          insert.setString(
              2, "RMA-B" + String.format("%07d", i).replace('0', 'Z').replace('1', 'Y'));
          insert.setString(3, java.util.UUID.randomUUID().toString());
          insert.setLong(4, order);
          insert.setString(5, "B" + i);
          insert.setString(6, "shopper" + (i % 5000) + "@example.com");
          insert.setString(7, countries[(int) (i % countries.length)]);
          String status = statuses[(int) (i % statuses.length)];
          insert.setString(8, status);
          insert.setString(9, status.equals("UNDER_REVIEW") ? "MERCHANT" : "NOBODY");
          insert.setObject(
              10, LocalDateTime.ofInstant(Instant.now().minusSeconds(i * 60), ZoneOffset.UTC));
          insert.addBatch();
          if (i % 5000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement lines =
          db.prepareStatement(
              "INSERT INTO RETURN_LINE (TENANT_ID, RETURN_ID, LINE_NO, SKU, NAME, QUANTITY, REASON,"
                  + " ITEM_CONDITION, ITEM_VALUE, RESTOCKING_FEE) SELECT TENANT_ID, ID, 1, 'SKU-0',"
                  + " 'Tee', 1, ELT(1 + ID % 4, ?, ?, ?, ?), 'unused', 29, 0 FROM RETURN_CASE r"
                  + " WHERE TENANT_ID = ? AND NOT EXISTS (SELECT 1 FROM RETURN_LINE l WHERE"
                  + " l.RETURN_ID = r.ID)")) {
        for (int i = 0; i < reasons.length; i++) {
          lines.setString(i + 1, reasons[i]);
        }
        lines.setLong(5, tenant);
        lines.executeUpdate();
      }
      db.commit();
      System.out.printf(
          "Queue: %,d returns in the store%n",
          single(db, "SELECT COUNT(*) FROM RETURN_CASE WHERE TENANT_ID = " + tenant));
    }
  }

  private static long medianMillis(String base, String key, String query) throws Exception {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Instant start = Instant.now();
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/returns?" + query))
                  .header("X-Api-Key", key)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(query + ": " + response.body());
      }
      times.add(Duration.between(start, Instant.now()).toMillis());
    }
    Collections.sort(times);
    return times.get(times.size() / 2);
  }

  private static String store(String base, String key) throws Exception {
    String body =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/store"))
                    .header("X-Api-Key", key)
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher slug = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    if (!slug.find()) {
      throw new IllegalStateException("no store behind this key: " + body);
    }
    return slug.group(1);
  }

  private static void sampleHeap(String jmx, AtomicLong peak) {
    try (ServerHeap heap = ServerHeap.connect(jmx)) {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(heap.usedMiB(), Math::max);
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      System.out.println("The server's heap cannot be read over JMX (" + jmx + "): " + e);
    }
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (var statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Without {@code -Dbench.key}, a key of the demo store, written straight into the run command's
   * database (only its hash is kept, as the console would).
   */
  static String demoKey() {
    ApiKeySecret secret = ApiKeySecret.generate();
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO API_KEY (TENANT_ID, LABEL, PREFIX, KEY_HASH, CREATED_AT, VERSION)"
                    + " SELECT ID, 'benchmark', ?, ?, UTC_TIMESTAMP(6), 0 FROM TENANT WHERE SLUG = 'demo'")) {
      insert.setString(1, secret.prefix());
      insert.setString(2, secret.hash());
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("no demo store: start the run command first");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the run command's database", e);
    }
    return secret.value();
  }

  private static String dbUrl() {
    return System.getProperty(
        "bench.db",
        "jdbc:mysql://localhost:3307/returnport?sslMode=DISABLED&rewriteBatchedStatements=true");
  }
}
