package org.returnport.bench;

import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The on-demand benchmark of issue 7's e-mail target, against a running Returnport (the run
 * command): 3,000 approval e-mails of the demo store become due at once, and the clock runs until
 * the run command's mail sink has written every one of them to its folder. They are queued straight
 * into the outbox, as the approvals would write them, so that only the delivery is measured. Run
 * with {@code ./mvnw -Pbench package -Dbench.main=org.returnport.bench.MailBenchmark}; see the
 * README. Its results are its answer to the person who ran it, hence standard output.
 */
public final class MailBenchmark {

  private static final String MAIL_BUNDLE = "org.returnport.returns.mail";

  private MailBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.getInteger("bench.mails", 3_000);
    Path sink = Path.of(System.getProperty("bench.mail.dir", ".returnport/run/mail"));
    if (!Files.isDirectory(sink)) {
      throw new IllegalStateException("no mail sink folder at " + sink + ": start the run command");
    }
    String run = "b" + Long.toString(System.currentTimeMillis() / 1000, 36);
    Instant queued;
    try (Connection db = DriverManager.getConnection(dbUrl(), "returnport", "returnport")) {
      queued = queue(db, run, count);
      System.out.printf("Queued %,d approval e-mails (run %s)%n", count, run);
      Map<String, Integer> arrived = awaitSink(sink, run, count, queued);
      Duration took = Duration.between(queued, Instant.now());
      long duplicates = arrived.values().stream().filter(n -> n > 1).count();
      System.out.printf(
          "Mail: %,d of %,d in the sink after %,d ms (%,.0f messages/s), %d sent twice%n",
          arrived.size(), count, took.toMillis(), count * 1000.0 / took.toMillis(), duplicates);
      System.out.printf(
          "Outbox: last of them marked sent %,d ms after they were queued%n",
          lastSentMillis(db, run, queued));
    }
  }

  /** Writes the e-mails in one transaction, all due at the same instant. */
  private static Instant queue(Connection db, String run, int count) throws SQLException {
    ResourceBundle bundle = ResourceBundle.getBundle(MAIL_BUNDLE, Locale.ENGLISH);
    db.setAutoCommit(false);
    Instant now = Instant.now();
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO OUTBOX (EVENT_ID, TENANT_SLUG, KIND, PAYLOAD, CREATED_AT, ATTEMPTS,"
                + " NEXT_ATTEMPT_AT) VALUES (?, 'demo', 'EMAIL', ?, ?, 0, ?)")) {
      for (int i = 0; i < count; i++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, approval(bundle, run, i));
        insert.setObject(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        insert.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        insert.addBatch();
        if (i % 500 == 499) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    db.commit();
    db.setAutoCommit(true);
    return Instant.now();
  }

  /**
   * An approval e-mail as the outbox keeps it: the store's words from the mail bundle, a plain and
   * an HTML part with a status link as long as a signed one.
   */
  private static String approval(ResourceBundle bundle, String run, int i) {
    String rma = "RMA-" + run.toUpperCase(Locale.ROOT) + i;
    String link = "http://localhost:8080/s/demo/return?rma=" + rma + "&t=" + "x".repeat(43);
    String body =
        MessageFormat.format(
            bundle.getString("approved.send"),
            "Shopper " + i,
            rma,
            "December 15, 2026",
            "DHL",
            "Demo returns hub\nSchkeuditzer Str. 1, 04159 Leipzig\nGermany");
    return Json.createObjectBuilder()
        .add("to", "shopper" + i + "@" + run + ".bench.example")
        .add("fromName", "Demo Store")
        .add("subject", MessageFormat.format(bundle.getString("approved.subject"), rma))
        .add("text", body + "\n\n" + link + "\n\nDemo Store")
        .add(
            "html",
            "<!DOCTYPE html><html><body><div style=\"background:#1d4ed8;color:#fff\">Demo Store"
                + "</div><div>"
                + body.replace("\n", "<br>")
                + "<p><a href=\""
                + link.replace("&", "&amp;")
                + "\">Your return</a></p></div></body></html>")
        .build()
        .toString();
  }

  /**
   * Reads the sink's folder until every message of this run is there, counting each event id: the
   * sink writes each message it receives as a file, once a second.
   */
  private static Map<String, Integer> awaitSink(Path sink, String run, int count, Instant queued)
      throws IOException {
    Map<String, Integer> arrived = new HashMap<>();
    Set<Path> read = new HashSet<>();
    String recipient = "@" + run + ".bench.example";
    Instant giveUp = queued.plus(Duration.ofMinutes(30));
    while (arrived.size() < count && Instant.now().isBefore(giveUp)) {
      try (Stream<Path> files = Files.list(sink)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
          if (read.contains(file)
              || Files.getLastModifiedTime(file).toInstant().isBefore(queued.minusSeconds(1))) {
            continue;
          }
          String eventId = eventIdFor(file, recipient);
          if (eventId != null) {
            read.add(file);
            arrived.merge(eventId, 1, Integer::sum);
          }
        }
      }
      LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
    return arrived;
  }

  /** The event id of a message of this run, from its headers; null for any other message. */
  private static String eventIdFor(Path file, String recipient) throws IOException {
    String eventId = null;
    boolean ours = false;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        if (line.startsWith("X-Returnport-Event-Id:")) {
          eventId = line.substring(line.indexOf(':') + 1).strip();
        } else if (line.startsWith("To:") && line.contains(recipient)) {
          ours = true;
        }
      }
    }
    return ours ? eventId : null;
  }

  private static long lastSentMillis(Connection db, String run, Instant queued)
      throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement("SELECT MAX(SENT_AT), COUNT(*) FROM OUTBOX WHERE PAYLOAD LIKE ?")) {
      query.setString(1, "%@" + run + ".bench.example%");
      try (ResultSet row = query.executeQuery()) {
        row.next();
        LocalDateTime last = row.getObject(1, LocalDateTime.class);
        return last == null
            ? -1
            : Duration.between(queued, last.toInstant(ZoneOffset.UTC)).toMillis();
      }
    }
  }

  private static String dbUrl() {
    return System.getProperty(
        "bench.db",
        "jdbc:mysql://localhost:3307/returnport?sslMode=DISABLED&rewriteBatchedStatements=true");
  }
}
