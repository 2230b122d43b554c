package org.returnport.webhooks.control;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The due deliveries of every store, claimed as the outbox claims its mail: {@code FOR UPDATE SKIP
 * LOCKED} (two servers never take the same row), the next attempt moved to the end of a lease and
 * committed at once. The lease end marks the claim: only its holder records the outcome, and a
 * delivery whose server died is due again when the lease runs out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryClaims {

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  /**
   * A delivery claimed: its store's slug (the worker acts for that store), and the version the
   * claim gave the row, which only the claim's holder knows: a redelivery by hand or another
   * server's claim meanwhile changes it.
   */
  public record Due(long id, String store, long version, Instant until) {}

  public List<Due> claim(int limit, Instant now, Duration lease) throws SQLException {
    Instant until = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
    Map<Long, long[]> rows = new LinkedHashMap<>();
    List<Due> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      // As in the outbox: READ COMMITTED locks only the rows taken, not the gaps between them.
      try (Statement isolation = connection.createStatement()) {
        isolation.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT ID, TENANT_ID, VERSION FROM WEBHOOK_DELIVERY"
                  + " WHERE STATUS = 'PENDING' AND NEXT_ATTEMPT_AT <= ?"
                  + " ORDER BY NEXT_ATTEMPT_AT, ID LIMIT ? FOR UPDATE SKIP LOCKED")) {
        query.setObject(1, utc(now));
        query.setInt(2, limit);
        try (ResultSet found = query.executeQuery()) {
          while (found.next()) {
            rows.put(found.getLong(1), new long[] {found.getLong(2), found.getLong(3) + 1});
          }
        }
      }
      if (!rows.isEmpty()) {
        String ids = rows.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement hold =
            connection.prepareStatement(
                "UPDATE WEBHOOK_DELIVERY SET NEXT_ATTEMPT_AT = ?, VERSION = VERSION + 1"
                    + " WHERE ID IN ("
                    + ids
                    + ")")) {
          hold.setObject(1, utc(until));
          hold.executeUpdate();
        }
        // The slugs are read without a lock: claims of one store's deliveries must not queue on
        // the store's row.
        Map<Long, String> slugs = new HashMap<>();
        try (Statement stores = connection.createStatement();
            ResultSet found =
                stores.executeQuery(
                    "SELECT ID, SLUG FROM TENANT WHERE ID IN (SELECT TENANT_ID FROM WEBHOOK_DELIVERY"
                        + " WHERE ID IN ("
                        + ids
                        + "))")) {
          while (found.next()) {
            slugs.put(found.getLong(1), found.getString(2));
          }
        }
        rows.forEach((id, row) -> due.add(new Due(id, slugs.get(row[0]), row[1], until)));
      }
    }
    return due;
  }

  /** Times are kept in UTC, as everywhere in the schema. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
