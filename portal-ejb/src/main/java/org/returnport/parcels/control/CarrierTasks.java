package org.returnport.parcels.control;

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
import org.returnport.parcels.entity.CarrierTask.Kind;

/**
 * The carrier work a worker does, each step in a transaction of its own so that no row lock is held
 * while a carrier is talked to; the same claim and lease as the outbox's ({@code OutboxClaims}):
 * due rows are taken with {@code FOR UPDATE SKIP LOCKED} (two servers never take the same one) and
 * moved to the end of a lease, which is the claim's mark: only its holder may record the outcome. A
 * server that dies leaves its tasks due again when the lease ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CarrierTasks {

  /** After this many failed attempts a booking is given up (the parcel says why). */
  public static final int MAX_ATTEMPTS = 12;

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  public List<Task> claim(int limit, Instant now, Duration lease) throws SQLException {
    Instant until = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
    List<Task> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      // As for the outbox: READ COMMITTED locks only the rows taken, not the gaps between them.
      try (Statement isolation = connection.createStatement()) {
        isolation.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT ID, TENANT_SLUG, PARCEL_ID, KIND, ATTEMPTS FROM PARCEL_WORK"
                  + " WHERE DONE_AT IS NULL AND DUE_AT <= ?"
                  + " ORDER BY DUE_AT, ID LIMIT ? FOR UPDATE SKIP LOCKED")) {
        query.setObject(1, utc(now));
        query.setInt(2, limit);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            due.add(
                new Task(
                    rows.getLong(1),
                    rows.getString(2),
                    rows.getLong(3),
                    Kind.valueOf(rows.getString(4)),
                    rows.getInt(5),
                    until));
          }
        }
      }
      if (!due.isEmpty()) {
        try (PreparedStatement hold =
            connection.prepareStatement(
                "UPDATE PARCEL_WORK SET DUE_AT = ? WHERE ID IN ("
                    + due.stream().map(t -> Long.toString(t.id())).collect(Collectors.joining(","))
                    + ")")) {
          hold.setObject(1, utc(until));
          hold.executeUpdate();
        }
      }
    }
    return due;
  }

  /** The task is done for good. */
  public void done(Task task, Instant now) throws SQLException {
    update(task, "DONE_AT = ?, LAST_ERROR = NULL", now);
  }

  /** The task is due again at {@code at}, e.g. the next reading of a parcel's tracking. */
  public void again(Task task, Instant at) throws SQLException {
    update(task, "DUE_AT = ?, ATTEMPTS = 0, LAST_ERROR = NULL", at);
  }

  /** The carrier failed: tried again later, waiting twice as long each time, at most an hour. */
  public void failed(Task task, Instant now, String error) throws SQLException {
    String message = error == null ? "" : error.substring(0, Math.min(error.length(), 500));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE PARCEL_WORK SET ATTEMPTS = ATTEMPTS + 1, LAST_ERROR = ?, DUE_AT = ?"
                    + " WHERE ID = ? AND DONE_AT IS NULL AND DUE_AT = ?")) {
      update.setString(1, message);
      update.setObject(2, utc(now.plus(backOff(task.attempts() + 1))));
      update.setLong(3, task.id());
      update.setObject(4, utc(task.until()));
      update.executeUpdate();
    }
  }

  /** 30 seconds after the first failure, doubling each time, at most an hour. */
  public static Duration backOff(int attempts) {
    long seconds = 30L << Math.min(Math.max(attempts, 1) - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  private void update(Task task, String set, Instant at) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE PARCEL_WORK SET "
                    + set
                    + " WHERE ID = ? AND DONE_AT IS NULL AND DUE_AT = ?")) {
      update.setObject(1, utc(at));
      update.setLong(2, task.id());
      update.setObject(3, utc(task.until()));
      update.executeUpdate();
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** One claimed task, held until {@code until}. */
  public record Task(
      long id, String store, long parcelId, Kind kind, int attempts, Instant until) {}
}
