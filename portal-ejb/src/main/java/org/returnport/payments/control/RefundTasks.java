package org.returnport.payments.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Claims due refunds for a worker, across stores, the way the carrier work is claimed: {@code FOR
 * UPDATE SKIP LOCKED} (two servers never take the same refund) and a lease that moves the refund's
 * due time to the lease's end, which is the claim's mark; only its holder records an outcome. A
 * server that dies mid-refund leaves the refund due again when the lease ends, and the next worker
 * asks the gateway about it before anything is sent again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefundTasks {

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  public List<Claim> claim(int limit, Instant now, Duration lease) throws SQLException {
    Instant until = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
    List<Claim> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      // READ COMMITTED locks only the rows taken, not the gaps between them.
      try (Statement isolation = connection.createStatement()) {
        isolation.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT ID, STORE_SLUG FROM REFUND WHERE DUE_AT <= ?"
                  + " ORDER BY DUE_AT, ID LIMIT ? FOR UPDATE SKIP LOCKED")) {
        query.setObject(1, utc(now));
        query.setInt(2, limit);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            due.add(new Claim(rows.getLong(1), rows.getString(2), until));
          }
        }
      }
      if (!due.isEmpty()) {
        try (PreparedStatement hold =
            connection.prepareStatement(
                "UPDATE REFUND SET DUE_AT = ?, VERSION = VERSION + 1 WHERE ID IN ("
                    + due.stream()
                        .map(c -> Long.toString(c.refundId()))
                        .collect(Collectors.joining(","))
                    + ")")) {
          hold.setObject(1, utc(until));
          hold.executeUpdate();
        }
      }
    }
    return due;
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A refund held by a worker until {@code until}. */
  public record Claim(long refundId, String store, Instant until) {}
}
