package org.returnport.notify.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.returnport.notify.control.SmtpMail;
import org.returnport.notify.entity.OutboxMessage;

/**
 * Delivers the outbox every few seconds on every server: each run claims a batch of due messages
 * with {@code FOR UPDATE SKIP LOCKED}, so two servers never take the same one, sends them and marks
 * them sent in the same transaction. A failure is retried later, waiting twice as long each time;
 * after {@link #MAX_ATTEMPTS} the message is kept, marked as given up, with its last error.
 */
@Stateless
public class OutboxWorker {

  static final int BATCH = 20;
  static final int MAX_ATTEMPTS = 12;
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  @Inject SmtpMail mail;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void deliver() {
    Instant now = Instant.now();
    try (Connection connection = dataSource.getConnection()) {
      List<Due> batch = claim(connection, now);
      if (batch.isEmpty()) {
        return;
      }
      SmtpMail.Connection smtp;
      try {
        smtp = mail.connect();
      } catch (MessagingException e) {
        for (Due due : batch) {
          retryLater(connection, due, now, e);
        }
        return;
      }
      try (smtp) {
        deliver(connection, smtp, batch, now);
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The outbox could not be read; the next run tries again", e);
    }
  }

  private static void deliver(
      Connection connection, SmtpMail.Connection smtp, List<Due> batch, Instant now)
      throws SQLException {
    for (Due due : batch) {
      try {
        smtp.send(due.eventId(), OutboxMessage.readMail(due.payload()));
        update(
            connection,
            "UPDATE OUTBOX SET SENT_AT = ?, ATTEMPTS = ATTEMPTS + 1 WHERE ID = ?",
            now,
            due.id());
      } catch (MessagingException | RuntimeException e) {
        retryLater(connection, due, now, e);
      }
    }
  }

  private static List<Due> claim(Connection connection, Instant now) throws SQLException {
    List<Due> due = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT ID, EVENT_ID, PAYLOAD, ATTEMPTS FROM OUTBOX"
                + " WHERE SENT_AT IS NULL AND GAVE_UP_AT IS NULL AND NEXT_ATTEMPT_AT <= ?"
                + " ORDER BY ID LIMIT "
                + BATCH
                + " FOR UPDATE SKIP LOCKED")) {
      query.setObject(1, utc(now));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          due.add(new Due(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
        }
      }
    }
    return due;
  }

  private static void retryLater(Connection connection, Due due, Instant now, Exception error)
      throws SQLException {
    int attempts = due.attempts() + 1;
    String message = String.valueOf(error.getMessage());
    message = message.substring(0, Math.min(message.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      LOG.log(Level.SEVERE, "Gave up on outbox message " + due.eventId() + ": " + message);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE OUTBOX SET ATTEMPTS = ?, GAVE_UP_AT = ?, LAST_ERROR = ? WHERE ID = ?")) {
        update.setInt(1, attempts);
        update.setObject(2, utc(now));
        update.setString(3, message);
        update.setLong(4, due.id());
        update.executeUpdate();
      }
      return;
    }
    LOG.log(Level.WARNING, "Outbox message " + due.eventId() + " not sent, will retry: " + message);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE OUTBOX SET ATTEMPTS = ?, NEXT_ATTEMPT_AT = ?, LAST_ERROR = ? WHERE ID = ?")) {
      update.setInt(1, attempts);
      update.setObject(2, utc(now.plus(backOff(attempts))));
      update.setString(3, message);
      update.setLong(4, due.id());
      update.executeUpdate();
    }
  }

  /** 30 seconds after the first failure, doubling each time, at most an hour. */
  static Duration backOff(int attempts) {
    long seconds = 30L << Math.min(attempts - 1, 7);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }

  private static void update(Connection connection, String sql, Instant at, long id)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setObject(1, utc(at));
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  /** Times are kept in UTC, as everywhere in the schema, whatever the server's zone. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private record Due(long id, String eventId, String payload, int attempts) {}
}
