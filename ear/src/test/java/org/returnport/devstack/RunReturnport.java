package org.returnport.devstack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The README's run command: an embedded MariaDB, Keycloak with the Returnport realm, a mail sink,
 * and Payara with the EAR and the demo store, until Ctrl-C (or SIGTERM) stops all three, newest
 * first.
 */
public final class RunReturnport {

  private static final Logger LOG = Logger.getLogger(RunReturnport.class.getName());

  private RunReturnport() {}

  public static void main(String[] args) throws Exception {
    StackSettings settings = StackSettings.fromSystemProperties(3307, 8180, 3025);
    Deque<AutoCloseable> started = new ArrayDeque<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopAll(started);
                  stopped.countDown();
                }));
    try {
      started.push(EmbeddedMariaDb.start(settings.home(), settings.dbPort()));
      started.push(EmbeddedKeycloak.start(settings, false));
      started.push(MailSink.start(settings.smtpPort(), settings.home().resolve("mail")));
      started.push(PayaraServer.startAndDeploy(settings, Map.of("RETURNPORT_DEMO", "true")));
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "Returnport did not start", e);
      stopAll(started);
      System.exit(1);
    }
    // The banner is the command's answer to the person who typed it, hence standard output.
    System.out.println(Banner.text(settings));
    stopped.await();
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
