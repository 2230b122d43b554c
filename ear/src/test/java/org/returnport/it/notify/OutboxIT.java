package org.returnport.it.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.returnport.devstack.MailSink;
import org.returnport.it.Deployments;

/**
 * The outbox on the deployed application: a burst of e-mails queued at once leaves through the
 * worker's parallel connections, every message exactly once.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  private static final int BURST = 200;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return Deployments.application();
  }

  @Test
  void aBurstOfMailArrivesOnceEach() throws Exception {
    String domain = "burst-" + System.nanoTime() + ".example";
    List<String> eventIds = new ArrayList<>();
    try (Connection db = database()) {
      queue(db, domain, eventIds);

      Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
      while (unsent(db, domain) > 0 && Instant.now().isBefore(giveUp)) {
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      }
      assertThat(unsent(db, domain)).as("messages the outbox has not sent").isZero();
      assertThat(attempts(db, domain)).as("attempts per message").containsOnly(1);
    }

    List<MimeMessage> mails = MailSink.current().sentTo(domain);
    List<String> received = mails.stream().map(m -> header(m, "X-Returnport-Event-Id")).toList();
    assertThat(received).hasSize(BURST).doesNotHaveDuplicates();
    assertThat(received).containsExactlyInAnyOrderElementsOf(eventIds);
    // Message ids name the sender's domain, never the server's own host name.
    assertThat(mails)
        .extracting(m -> header(m, "Message-ID"))
        .allSatisfy(id -> assertThat(id).endsWith("@returnport.example>"));
  }

  /** Approval e-mails of a store, all due at the same instant, as a bulk approval writes them. */
  private static void queue(Connection db, String domain, List<String> eventIds)
      throws SQLException {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    db.setAutoCommit(false);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO OUTBOX (EVENT_ID, TENANT_SLUG, KIND, PAYLOAD, CREATED_AT, ATTEMPTS,"
                + " NEXT_ATTEMPT_AT) VALUES (?, 'burst', 'EMAIL', ?, ?, 0, ?)")) {
      for (int i = 0; i < BURST; i++) {
        String eventId = UUID.randomUUID().toString();
        eventIds.add(eventId);
        insert.setString(1, eventId);
        insert.setString(
            2,
            Json.createObjectBuilder()
                .add("to", "shopper" + i + "@" + domain)
                .add("fromName", "Burst Store")
                .add("subject", "Your return RMA-BURST" + i + " is approved")
                .add("text", "Hello,\n\nyour return RMA-BURST" + i + " is approved.")
                .add("html", "<p>Hello,</p><p>your return RMA-BURST" + i + " is approved.</p>")
                .build()
                .toString());
        insert.setObject(3, now);
        insert.setObject(4, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
  }

  private static int unsent(Connection db, String domain) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT COUNT(*) FROM OUTBOX WHERE SENT_AT IS NULL AND PAYLOAD LIKE ?")) {
      query.setString(1, "%@" + domain + "%");
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static List<Integer> attempts(Connection db, String domain) throws SQLException {
    List<Integer> attempts = new ArrayList<>();
    try (PreparedStatement query =
        db.prepareStatement("SELECT ATTEMPTS FROM OUTBOX WHERE PAYLOAD LIKE ?")) {
      query.setString(1, "%@" + domain + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          attempts.add(rows.getInt(1));
        }
      }
    }
    return attempts;
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://localhost:"
            + System.getProperty("returnport.db.port")
            + "/returnport?sslMode=DISABLED&rewriteBatchedStatements=true",
        "returnport",
        "returnport");
  }
}
