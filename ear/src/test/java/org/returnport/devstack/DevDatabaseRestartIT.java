package org.returnport.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's database keeps its rows when the checkout lies in the temporary folder, as CI's
 * and many people's clones do, across a stop by SIGTERM and a new start. Each start is a JVM of its
 * own that starts the database exactly as the run command does, with the system's temporary folder
 * as its {@code java.io.tmpdir}.
 */
class DevDatabaseRestartIT {

  private static final int PORT = Integer.getInteger("returnport.restart.port", 3327);
  private static final String URL =
      "jdbc:mysql://localhost:" + PORT + "/" + StackSettings.DB_NAME + "?sslMode=DISABLED";

  @TempDir Path checkout;

  @Test
  void rowsSurviveSigtermAndRestartInACheckoutUnderTheTemporaryFolder() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    Path home = checkout.toAbsolutePath().resolve(".returnport/run");
    assertThat(home.startsWith(tmp)).as("the checkout lies in the temporary folder").isTrue();

    Process first = startRunCommandDatabase(home, tmp, "first");
    try (Connection db = awaitConnection(first, home, "first");
        Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE kept (note VARCHAR(40))");
      sql.execute("INSERT INTO kept VALUES ('written before SIGTERM')");
    } finally {
      stopWithSigterm(first);
    }
    assertThat(isListening()).as("MariaDB stopped with the run command").isFalse();

    Process second = startRunCommandDatabase(home, tmp, "second");
    try (Connection db = awaitConnection(second, home, "second");
        Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT note FROM kept")) {
      List<String> notes = new ArrayList<>();
      while (rows.next()) {
        notes.add(rows.getString(1));
      }
      assertThat(notes).containsExactly("written before SIGTERM");
    } finally {
      stopWithSigterm(second);
    }
  }

  private static Process startRunCommandDatabase(Path home, Path tmp, String start)
      throws IOException {
    Files.createDirectories(home);
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            StackSettings.classpath(),
            RunCommandDatabase.class.getName(),
            home.toString(),
            String.valueOf(PORT))
        .redirectErrorStream(true)
        .redirectOutput(log(home, start).toFile())
        .start();
  }

  /** Waits until the run command says its database is up, as a person waits for the banner. */
  private static Connection awaitConnection(Process runCommand, Path home, String start)
      throws Exception {
    Path log = log(home, start);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!Files.readString(log).contains(RunCommandDatabase.READY)) {
      if (!runCommand.isAlive() || Instant.now().isAfter(deadline)) {
        throw new AssertionError("the database did not start: " + Files.readString(log));
      }
      runCommand.waitFor(250, TimeUnit.MILLISECONDS);
    }
    return DriverManager.getConnection(URL, StackSettings.DB_USER, StackSettings.DB_PASSWORD);
  }

  private static Path log(Path home, String start) {
    return home.resolveSibling("run-command-" + start + ".log");
  }

  /** {@link Process#destroy()} sends SIGTERM, as {@code kill} or a CI runner's cancel does. */
  private static void stopWithSigterm(Process runCommand) throws InterruptedException {
    runCommand.destroy();
    assertThat(runCommand.waitFor(2, TimeUnit.MINUTES)).as("stopped within 2 minutes").isTrue();
  }

  private static boolean isListening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", PORT), 500);
      return true;
    } catch (IOException free) {
      return false;
    }
  }

  /** The database part of the run command, in a JVM like the run command's. */
  static final class RunCommandDatabase {

    static final String READY = "database ready";

    private RunCommandDatabase() {}

    public static void main(String[] args) throws Exception {
      EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Integer.parseInt(args[1]));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      db.close();
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }));
      // what the run command's banner is to a person: from here on, a stop stops the database
      System.out.println(READY);
      new CountDownLatch(1).await();
    }
  }
}
