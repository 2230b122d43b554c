package org.returnport.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The on-demand benchmark of issue 10's refund target, against a running Returnport (the run
 * command; {@code -Dbench.store=} names another store than the demo store): refunds settled through
 * the sandbox gateway. It seeds orders paid with payment references of their own and a return of
 * each, then 20 clients write the refunds due, each twice (as settlement retried by two servers
 * would: the payout key's unique constraint keeps one), while the servers' refund workers send
 * them; it times them until every one is confirmed, and counts the sandbox's books and the {@code
 * PayoutDone} events for duplicates. Run with {@code ./mvnw -Pbench package
 * -Dbench.main=org.returnport.bench.RefundBenchmark}; see the README. Its results are its answer to
 * the person who ran it, hence standard output.
 */
public final class RefundBenchmark {

  private RefundBenchmark() {}

  public static void main(String[] args) throws Exception {
    int refunds = Integer.getInteger("bench.refunds", 10_000);
    int clients = Integer.getInteger("bench.clients", 20);
    String store = System.getProperty("bench.store", "demo");
    String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36).toUpperCase();
    long tenant;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      tenant = single(db, "SELECT ID FROM TENANT WHERE SLUG = '" + store.replace("'", "") + "'");
      seed(db, tenant, run, refunds);
    }
    System.out.printf("Refunds: %,d orders and returns seeded for run %s%n", refunds, run);

    Instant start = Instant.now();
    AtomicInteger written = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> writers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      writers.add(
          pool.submit(
              () -> {
                write(tenant, store, run, refunds, clients, client, written, refused);
                return null;
              }));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();
    Instant allWritten = Instant.now();
    System.out.printf(
        "Written: %,d refunds due in %.1f s (%,d second writes of the same key refused)%n",
        written.get(), Duration.between(start, allWritten).toMillis() / 1000.0, refused.get());

    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      Instant until = Instant.now().plus(Duration.ofMinutes(10));
      long ended;
      do {
        LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        ended =
            single(
                db,
                "SELECT COUNT(*) FROM REFUND WHERE TENANT_ID = "
                    + tenant
                    + " AND PAYOUT_KEY LIKE 'RB"
                    + run
                    + "-%' AND STATE IN ('CONFIRMED', 'FAILED')");
      } while (ended < refunds && Instant.now().isBefore(until));
      Instant last =
          instant(
              db,
              "SELECT MAX(ENDED_AT) FROM REFUND WHERE TENANT_ID = "
                  + tenant
                  + " AND PAYOUT_KEY LIKE 'RB"
                  + run
                  + "-%'");
      double seconds = Duration.between(start, last).toMillis() / 1000.0;
      long confirmed =
          single(
              db,
              "SELECT COUNT(*) FROM REFUND WHERE TENANT_ID = "
                  + tenant
                  + " AND PAYOUT_KEY LIKE 'RB"
                  + run
                  + "-%' AND STATE = 'CONFIRMED'");
      long rows =
          single(
              db,
              "SELECT COUNT(*) FROM REFUND WHERE TENANT_ID = "
                  + tenant
                  + " AND PAYOUT_KEY LIKE 'RB"
                  + run
                  + "-%'");
      long booked =
          single(
              db,
              "SELECT COUNT(*) FROM SANDBOX_BOOK WHERE TENANT_ID = "
                  + tenant
                  + " AND KIND = 'REFUND' AND IDEMPOTENCY_KEY LIKE 'RB"
                  + run
                  + "-%'");
      long bookedKeys =
          single(
              db,
              "SELECT COUNT(DISTINCT IDEMPOTENCY_KEY) FROM SANDBOX_BOOK WHERE TENANT_ID = "
                  + tenant
                  + " AND KIND = 'REFUND' AND IDEMPOTENCY_KEY LIKE 'RB"
                  + run
                  + "-%'");
      long done =
          single(
              db,
              "SELECT COUNT(*) FROM EVENT_LOG WHERE TENANT_ID = "
                  + tenant
                  + " AND TYPE = 'PayoutDone' AND PAYLOAD LIKE '%\"RB"
                  + run
                  + "-%'");
      long doneKeys =
          single(
              db,
              "SELECT COUNT(DISTINCT JSON_VALUE(PAYLOAD, '$.payoutKey')) FROM EVENT_LOG WHERE"
                  + " TENANT_ID = "
                  + tenant
                  + " AND TYPE = 'PayoutDone' AND PAYLOAD LIKE '%\"RB"
                  + run
                  + "-%'");
      System.out.printf(
          "Settled: %,d of %,d refunds confirmed in %.1f s: %.0f refunds/s%n",
          confirmed, refunds, seconds, confirmed / seconds);
      System.out.printf(
          "Duplicates: %,d refund rows, %,d refunds in the sandbox's books (%,d keys),"
              + " %,d PayoutDone events (%,d keys)%n",
          rows, booked, bookedKeys, done, doneKeys);
    }
  }

  /** Orders of 50.00 EUR paid with a reference of their own, and a return of each. */
  private static void seed(Connection db, long tenant, String run, int count) throws SQLException {
    db.setAutoCommit(false);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement order =
        db.prepareStatement(
            "INSERT INTO CUSTOMER_ORDER (TENANT_ID, ORDER_NUMBER, EMAIL, SHOPPER_NAME,"
                + " SHIP_COUNTRY, SHIP_ADDRESS, CURRENCY, DUTIES_PAID, PAYMENT_METHOD, PLACED_AT,"
                + " FINGERPRINT, VERSION, PAYMENT_REFERENCE) VALUES (?, ?, ?, 'Bench Shopper', 'FR',"
                + " '1 rue de la Paix, Paris', 'EUR', 0, 'card', ?, ?, 0, ?)")) {
      for (int i = 0; i < count; i++) {
        order.setLong(1, tenant);
        order.setString(2, orderNumber(run, i));
        order.setString(3, "bench" + i + "@example.com");
        order.setObject(4, now);
        order.setString(5, String.format("%064d", i));
        order.setString(6, "pi_bench_" + run + "_" + i);
        order.addBatch();
        if (i % 1000 == 999) {
          order.executeBatch();
        }
      }
      order.executeBatch();
    }
    try (PreparedStatement lines =
        db.prepareStatement(
            "INSERT INTO ORDER_LINE (TENANT_ID, ORDER_ID, LINE_NO, SKU, NAME, QUANTITY,"
                + " UNIT_PRICE, TAX, DISCOUNT) SELECT TENANT_ID, ID, 1, 'TEE', 'Tee', 1, 50, 0, 0"
                + " FROM CUSTOMER_ORDER WHERE TENANT_ID = ? AND ORDER_NUMBER LIKE ?")) {
      lines.setLong(1, tenant);
      lines.setString(2, "RB" + run + "-%");
      lines.executeUpdate();
    }
    try (PreparedStatement returns =
        db.prepareStatement(
            "INSERT INTO RETURN_CASE (TENANT_ID, RMA, SUBMIT_KEY, ORDER_ID, ORDER_NUMBER, EMAIL,"
                + " SHOPPER_NAME, SHIP_COUNTRY, LANGUAGE, POLICY_VERSION, RESOLUTION, STATUS,"
                + " WAITING_ON, CURRENCY, ITEMS_VALUE, SHIPPING_FEE, RESTOCKING_FEE, REFUND, BONUS,"
                + " KEEP_ITEMS, CROSSES_BORDER, REVIEW_REASONS, REQUESTED_AT, VERSION)"
                + " SELECT TENANT_ID, CONCAT('RB', ?, LPAD(ID % 100000000, 8, '0')), UUID(), ID,"
                + " ORDER_NUMBER, EMAIL, SHOPPER_NAME, 'FR', 'en', 1, 'REFUND', 'INSPECTED',"
                + " 'MERCHANT', 'EUR', 50, 0, 0, 50, 0, FALSE, FALSE, '', ?, 0 FROM CUSTOMER_ORDER"
                + " WHERE TENANT_ID = ? AND ORDER_NUMBER LIKE ?")) {
      returns.setString(1, run.substring(Math.max(0, run.length() - 2)));
      returns.setObject(2, now);
      returns.setLong(3, tenant);
      returns.setString(4, "RB" + run + "-%");
      returns.executeUpdate();
    }
    db.commit();
  }

  /**
   * One client's share of the refunds due, each written twice; the refund row is what the {@code
   * PayoutDue} observer writes in the settlement's transaction.
   */
  private static void write(
      long tenant,
      String store,
      String run,
      int count,
      int clients,
      int client,
      AtomicInteger written,
      AtomicInteger refused)
      throws SQLException {
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport");
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT IGNORE INTO REFUND (TENANT_ID, STORE_SLUG, PAYOUT_KEY, RETURN_ID, RMA,"
                    + " ORDER_NUMBER, AMOUNT, CURRENCY, PAYMENT_METHOD, PAYMENT_REFERENCE, STATE,"
                    + " ATTEMPTS, DUE_AT, REQUESTED_AT, VERSION) SELECT r.TENANT_ID, ?, ?,"
                    + " r.ID, r.RMA, r.ORDER_NUMBER, 50, 'EUR', 'card', ?, 'REQUESTED', 0,"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0 FROM RETURN_CASE r WHERE"
                    + " r.TENANT_ID = ? AND r.ORDER_NUMBER = ?")) {
      for (int i = client; i < count; i += clients) {
        for (int time = 0; time < 2; time++) {
          insert.setString(1, store);
          insert.setString(2, orderNumber(run, i));
          insert.setString(3, "pi_bench_" + run + "_" + i);
          insert.setLong(4, tenant);
          insert.setString(5, orderNumber(run, i));
          if (insert.executeUpdate() == 1) {
            written.incrementAndGet();
          } else {
            refused.incrementAndGet();
          }
        }
      }
    }
  }

  private static String orderNumber(String run, int i) {
    return "RB" + run + "-" + i;
  }

  private static long single(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Instant instant(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
  }

  private static String dbUrl() {
    return System.getProperty(
        "bench.db",
        "jdbc:mysql://localhost:3307/returnport?sslMode=DISABLED&rewriteBatchedStatements=true");
  }
}
