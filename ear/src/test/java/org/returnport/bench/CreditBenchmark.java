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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.returnport.credit.control.CreditCode;
import org.returnport.secrets.SecretSeal;

/**
 * The on-demand benchmark of issue 10's gift-card target, against a running Returnport (the run
 * command): gift cards written straight into the demo store's database, then redeemed through
 * {@code POST /api/v1/credit/{code}/redeem} by 20 clients at once as fast as the server answers;
 * every tenth request repeats an earlier one's Idempotency-Key (a shop retrying after a time-out).
 * Afterwards the database is counted: one redemption and one ledger entry per distinct key, and
 * every card's balance its issue less its redemptions. Run with {@code ./mvnw -Pbench package
 * -Dbench.main=org.returnport.bench.CreditBenchmark}; see the README. Its results are its answer to
 * the person who ran it, hence standard output.
 */
public final class CreditBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private CreditBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = System.getProperty("bench.url", "http://localhost:8080");
    int cards = Integer.getInteger("bench.cards", 2_000);
    int requests = Integer.getInteger("bench.redemptions", 20_000);
    int clients = Integer.getInteger("bench.clients", 20);
    String linkSecret = System.getProperty("bench.link-secret", "returnport-link-dev-secret");
    String key = System.getProperty("bench.key");
    if (key == null) {
      key = ReturnsBenchmark.demoKey();
    }
    String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
    List<String> codes;
    long tenant;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      tenant = single(db, "SELECT ID FROM TENANT WHERE SLUG = 'demo'");
      codes = cards(db, tenant, run, cards, new SecretSeal(linkSecret));
    }
    System.out.printf("Gift cards: %,d of 100.00 EUR issued for run %s%n", codes.size(), run);

    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger replays = new AtomicInteger();
    String apiKey = key;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    Instant start = Instant.now();
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
              // Every tenth request retries the one ten before it, with the same key and body.
              int original = i % 10 == 9 ? i - 9 : i;
              if (original != i) {
                replays.incrementAndGet();
              }
              String code = codes.get(original % codes.size());
              int status = redeem(base, apiKey, code, run + "-" + original);
              statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    Duration took = Duration.between(start, Instant.now());

    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      long redemptions =
          single(
              db,
              "SELECT COUNT(*) FROM CREDIT_REDEMPTION WHERE TENANT_ID = "
                  + tenant
                  + " AND IDEMPOTENCY_KEY LIKE '"
                  + run
                  + "-%'");
      long entries =
          single(
              db,
              "SELECT COUNT(*) FROM CREDIT_ENTRY WHERE TENANT_ID = "
                  + tenant
                  + " AND KIND = 'REDEEM' AND REFERENCE LIKE '"
                  + run
                  + "-%'");
      long wrongBalances =
          single(
              db,
              "SELECT COUNT(*) FROM CREDIT_ACCOUNT a WHERE a.TENANT_ID = "
                  + tenant
                  + " AND a.EMAIL = 'bench-"
                  + run.toLowerCase()
                  + "@example.com' AND a.BALANCE <> (SELECT SUM(e.AMOUNT) FROM CREDIT_ENTRY e"
                  + " WHERE e.ACCOUNT_ID = a.ID)");
      int distinct = requests - replays.get();
      System.out.printf(
          "Redemptions: %,d requests (%,d of them replays) in %,d ms = %,.0f requests/s;"
              + " answers %s%n",
          requests, replays.get(), took.toMillis(), requests * 1000.0 / took.toMillis(), statuses);
      System.out.printf(
          "Stored: %,d redemptions and %,d ledger entries for %,d distinct keys"
              + " (duplicates: %,d); cards whose balance is not the sum of their entries: %,d%n",
          redemptions, entries, distinct, Math.max(0, entries - distinct), wrongBalances);
    }
  }

  private static int redeem(String base, String key, String code, String idempotencyKey) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/credit/" + code + "/redeem"))
                  .header("Content-Type", "application/json")
                  .header("X-Api-Key", key)
                  .header("Idempotency-Key", idempotencyKey)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}"))
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

  /** Gift cards of 100.00 EUR, each with its issue entry, as the issuing writes them. */
  private static List<String> cards(
      Connection db, long tenant, String run, int count, SecretSeal seal) throws SQLException {
    List<String> codes = new ArrayList<>();
    db.setAutoCommit(false);
    try (PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO CREDIT_ACCOUNT (TENANT_ID, KIND, EMAIL, CODE_HASH, CODE_LAST4,"
                    + " CODE_SEALED, CURRENCY, BALANCE, CREATED_AT, VERSION)"
                    + " VALUES (?, 'GIFT_CARD', ?, ?, ?, ?, 'EUR', 100, UTC_TIMESTAMP(6), 0)",
                PreparedStatement.RETURN_GENERATED_KEYS);
        PreparedStatement entry =
            db.prepareStatement(
                "INSERT INTO CREDIT_ENTRY (TENANT_ID, ACCOUNT_ID, KIND, AMOUNT, BALANCE_AFTER,"
                    + " REFERENCE, POSTED_AT) VALUES (?, ?, 'ISSUE', 100, 100, ?,"
                    + " UTC_TIMESTAMP(6))")) {
      String email = "bench-" + run.toLowerCase() + "@example.com";
      for (int i = 0; i < count; i++) {
        String code = CreditCode.normalize(CreditCode.generate()).orElseThrow();
        account.setLong(1, tenant);
        account.setString(2, email);
        account.setString(3, CreditCode.hash(code));
        account.setString(4, CreditCode.last4(code));
        account.setString(5, seal.seal(code, "demo"));
        account.executeUpdate();
        long id;
        try (ResultSet keys = account.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        entry.setLong(1, tenant);
        entry.setLong(2, id);
        entry.setString(3, "bench-" + run);
        entry.addBatch();
        codes.add(CreditCode.grouped(code));
      }
      entry.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
    return codes;
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
