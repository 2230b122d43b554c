package org.returnport.notify.control;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The outbox rows a sender works on, each step in a transaction of its own so that no row lock is
 * held while an SMTP server is talked to.
 *
 * <p>A claim takes due rows with {@code FOR UPDATE SKIP LOCKED} (two servers never take the same
 * row) and moves their next attempt to the end of a lease, then commits at once. The lease end is
 * the claim's mark: only the holder of that exact value may record the outcome. A row whose sender
 * died is due again when its lease runs out, so nothing is lost; a sender that kept a row past its
 * lease learns that its outcome was not recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

  /** After this many failed attempts a message is kept, marked as given up, with its last error. */
  public static final int MAX_ATTEMPTS = 12;

  private static final Logger LOG = Logger.getLogger(OutboxClaims.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  /**
   * Claims up to {@code limit} due messages, oldest due first, for {@code lease}. The order matches
   * the outbox's due index, so the database reads and locks only the rows it returns.
   */
  public Claim claim(int limit, Instant now, Duration lease) throws SQLException {
    Instant until = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
    List<Due> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      // Under REPEATABLE READ the scan also locks the gaps between index entries, and moving a
      // claimed row to its lease end inserts into a gap another sender's scan has locked: parallel
      // claims deadlocked. READ COMMITTED locks only the rows taken. This applies to this
      // transaction alone; the pooled connection keeps its level for the next user.
      try (Statement isolation = connection.createStatement()) {
        isolation.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT ID, EVENT_ID, PAYLOAD, ATTEMPTS FROM OUTBOX"
                  + " WHERE SENT_AT IS NULL AND GAVE_UP_AT IS NULL AND NEXT_ATTEMPT_AT <= ?"
                  + " ORDER BY NEXT_ATTEMPT_AT, ID LIMIT ? FOR UPDATE SKIP LOCKED")) {
        query.setObject(1, utc(now));
        query.setInt(2, limit);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            due.add(new Due(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
          }
        }
      }
      if (!due.isEmpty()) {
        try (PreparedStatement hold =
            connection.prepareStatement(
                "UPDATE OUTBOX SET NEXT_ATTEMPT_AT = ? WHERE ID IN (" + ids(due) + ")")) {
          hold.setObject(1, utc(until));
          hold.executeUpdate();
        }
      }
    }
    return new Claim(due, until);
  }

  /** The SMTP server took the message. */
  public void sent(Claim claim, Due due, Instant now) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE OUTBOX SET SENT_AT = ?, ATTEMPTS = ATTEMPTS + 1"
                    + " WHERE ID = ? AND SENT_AT IS NULL AND NEXT_ATTEMPT_AT = ?")) {
      update.setObject(1, utc(now));
      update.setLong(2, due.id());
      update.setObject(3, utc(claim.until()));
      if (update.executeUpdate() == 0) {
        LOG.warning(
            "Outbox message "
                + due.eventId()
                + " was sent after its lease had run out; another server may send it again");
      }
    }
  }

  /**
   * The message could not be sent: it is tried again later, waiting twice as long each time, until
   * {@link #MAX_ATTEMPTS}.
   */
  public void failed(Claim claim, Due due, Instant now, Exception error) throws SQLException {
    int attempts = due.attempts() + 1;
    String message = String.valueOf(error.getMessage());
    message = message.substring(0, Math.min(message.length(), 1000));
    boolean givingUp = attempts >= MAX_ATTEMPTS;
    if (givingUp) {
      LOG.log(Level.SEVERE, "Gave up on outbox message " + due.eventId() + ": " + message);
    } else {
      LOG.log(
          Level.WARNING, "Outbox message " + due.eventId() + " not sent, will retry: " + message);
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE OUTBOX SET ATTEMPTS = ?, LAST_ERROR = ?, "
                    + (givingUp ? "GAVE_UP_AT" : "NEXT_ATTEMPT_AT")
                    + " = ? WHERE ID = ? AND SENT_AT IS NULL AND NEXT_ATTEMPT_AT = ?")) {
      update.setInt(1, attempts);
      update.setString(2, message);
      update.setObject(3, utc(givingUp ? now : now.plus(backOff(attempts))));
      update.setLong(4, due.id());
      update.setObject(5, utc(claim.until()));
      update.executeUpdate();
    }
  }

  /** Gives messages of a claim back unsent and untried, due at once for any server. */
  public void release(Claim claim, List<Due> unsent, Instant now) throws SQLException {
    if (unsent.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE OUTBOX SET NEXT_ATTEMPT_AT = ? WHERE ID IN ("
                    + ids(unsent)
                    + ") AND SENT_AT IS NULL AND NEXT_ATTEMPT_AT = ?")) {
      update.setObject(1, utc(now));
      update.setObject(2, utc(claim.until()));
      update.executeUpdate();
    }
  }

  /** 30 seconds after the first failure, doubling each time, at most an hour. */
  public static Duration backOff(int attempts) {
    long seconds = 30L << Math.min(attempts - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  private static String ids(List<Due> due) {
    return due.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","));
  }

  /** Times are kept in UTC, as everywhere in the schema, whatever the server's zone. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Messages claimed together, held until {@code until}. */
  public record Claim(List<Due> messages, Instant until) {

    public boolean isEmpty() {
      return messages.isEmpty();
    }

    /**
     * Whether a message of this claim may still be sent at {@code now}: only while enough of the
     * lease is left for one more message, so that no other server can have taken it meanwhile.
     */
    public boolean heldAt(Instant now, Duration margin) {
      return now.plus(margin).isBefore(until);
    }
  }

  /** One message of a claim. */
  public record Due(long id, String eventId, String payload, int attempts) {}
}
