package org.returnport.limits.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.returnport.limits.entity.RateLimit;
import org.returnport.limits.entity.RateLimit.Decision;

/**
 * Counts events per key in the database, so a limit holds however many servers answer. Each count
 * is one {@code INSERT … ON DUPLICATE KEY UPDATE HITS = HITS + 1} on the row of the key and window,
 * atomic in MySQL and MariaDB alike, in a transaction of its own: a count stays counted when the
 * request that caused it is rolled back (a failed look-up is one). Keys are kept as digests only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RateCounters {

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  /** Counts one event and answers whether it stays within the limit. */
  public Decision hit(RateLimit limit, String key) {
    Instant now = Instant.now();
    Instant start = limit.windowStart(now);
    String bucket = bucket(limit, key);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement upsert =
          connection.prepareStatement(
              "INSERT INTO RATE_COUNTER (BUCKET, WINDOW_START, HITS, EXPIRES_AT)"
                  + " VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE HITS = HITS + 1")) {
        upsert.setString(1, bucket);
        upsert.setObject(2, utc(start));
        upsert.setObject(3, utc(start.plus(limit.window()).plus(limit.window())));
        upsert.executeUpdate();
      }
      long[] counts = counts(connection, limit, bucket, start);
      return limit.decide(counts[0], counts[1] - 1, now);
    } catch (SQLException e) {
      throw new IllegalStateException("rate counter " + limit.name() + " unavailable", e);
    }
  }

  /**
   * Counts one event of a key that takes many events at once (a store's tracking webhooks, a
   * thousand a second) in one of {@code slices} rows, chosen at random, each allowed its share of
   * the limit: a single row would make every event wait for the previous one's commit behind its
   * lock. Over many events the slices fill evenly, so the limit holds to within a few events per
   * slice.
   */
  public Decision hitSpread(RateLimit limit, String key, int slices) {
    int n = Math.max(1, slices);
    RateLimit share =
        new RateLimit(limit.name(), Math.max(1, (limit.max() + n - 1) / n), limit.window());
    return hit(share, key + "#" + java.util.concurrent.ThreadLocalRandom.current().nextInt(n));
  }

  /** Takes back one event of this window, e.g. a look-up that turned out to be the shopper's. */
  public void undo(RateLimit limit, String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE RATE_COUNTER SET HITS = HITS - 1"
                    + " WHERE BUCKET = ? AND WINDOW_START = ? AND HITS > 0")) {
      update.setString(1, bucket(limit, key));
      update.setObject(2, utc(limit.windowStart(Instant.now())));
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("rate counter " + limit.name() + " unavailable", e);
    }
  }

  /** The previous window's count and this one's. */
  private static long[] counts(Connection connection, RateLimit limit, String bucket, Instant start)
      throws SQLException {
    long[] counts = new long[2];
    Instant previous = start.minus(limit.window());
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT WINDOW_START, HITS FROM RATE_COUNTER WHERE BUCKET = ? AND WINDOW_START IN (?, ?)")) {
      query.setString(1, bucket);
      query.setObject(2, utc(previous));
      query.setObject(3, utc(start));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          boolean current = rows.getObject(1, LocalDateTime.class).equals(utc(start));
          counts[current ? 1 : 0] = rows.getLong(2);
        }
      }
    }
    return counts;
  }

  /** The row key of a limit's counts for one key: a digest, so no address is stored. */
  public static String bucket(RateLimit limit, String key) {
    String text = limit.name() + "\n" + key;
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
