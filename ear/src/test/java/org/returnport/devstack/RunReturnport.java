package org.returnport.devstack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The README's run command: an embedded MariaDB, Keycloak with the Returnport realm, a mail sink,
 * and Payara with the EAR and the demo store, until Ctrl-C (or SIGTERM) stops them all, newest
 * first. If a server ends on its own while the command runs, the command says which, stops the
 * others and exits with a failure.
 */
public final class RunReturnport {

  private static final Logger LOG = Logger.getLogger(RunReturnport.class.getName());

  private static volatile boolean stopping;

  private RunReturnport() {}

  public static void main(String[] args) throws Exception {
    StackSettings settings = StackSettings.fromSystemProperties(3307, 8180, 3025);
    Deque<AutoCloseable> started = new ArrayDeque<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping = true;
                  stopAll(started);
                  stopped.countDown();
                }));
    try {
      EmbeddedMariaDb db = EmbeddedMariaDb.start(settings.home(), settings.dbPort());
      started.push(db);
      EmbeddedKeycloak keycloak = EmbeddedKeycloak.start(settings, false);
      started.push(keycloak);
      started.push(MailSink.start(settings.smtpPort(), settings.home().resolve("mail")));
      PayaraServer payara =
          PayaraServer.startAndDeploy(
              settings,
              // A sandbox day of a minute: the demo's parcels visibly move within minutes.
              Map.of("RETURNPORT_DEMO", "true", "RETURNPORT_SANDBOX_DAY", "PT1M"));
      started.push(payara);
      watch(db, db.exited(), settings.home().resolve("mariadb.log").toString());
      watch(
          keycloak, keycloak.exited(), settings.keycloakHome().resolve("keycloak.log").toString());
      watch(payara, payara.exited(), payara.logFile().toString());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Returnport did not start", e);
      stopping = true;
      stopAll(started);
      System.exit(1);
    }
    // The banner is the command's answer to the person who typed it, hence standard output.
    System.out.println(Banner.text(settings));
    stopped.await();
  }

  /**
   * A server that ends while nobody asked it to leaves the product half up: say so and stop, rather
   * than wait in front of a product that no longer answers. The exit runs the shutdown hook, which
   * stops the others.
   */
  private static void watch(Object server, CompletableFuture<?> exited, String log) {
    exited.thenRun(
        () -> {
          if (!stopping) {
            LOG.severe(
                () ->
                    server
                        + " has stopped unexpectedly (see "
                        + log
                        + "); stopping the others. Start the run command again.");
            System.exit(1);
          }
        });
  }

  private static synchronized void stopAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      AutoCloseable server = started.pop();
      try {
        server.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Could not stop " + server, e);
      }
    }
  }
}
