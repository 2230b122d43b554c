package org.returnport.devstack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh MariaDB, Keycloak (realm imported anew) and mail sink once for the whole
 * integration test run, before Arquillian starts Payara, and stops them at the end. Payara reads
 * their addresses from the environment failsafe gives it (see ear/pom.xml).
 */
public class IntegrationStack implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(IntegrationStack.class.getName());

  /**
   * Added to the test realm's password policy: the tests make and sign in hundreds of accounts, and
   * Keycloak's own hashing (Argon2, made to be slow) cost most of a second a password on two busy
   * cores. Production keeps Keycloak's default.
   */
  public static final String FAST_HASHING =
      " and hashAlgorithm(pbkdf2-sha256) and hashIterations(1)";

  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("returnport.stack.home") == null) {
      return; // not the failsafe run (an IDE running a unit test, say)
    }
    StackSettings settings = StackSettings.fromSystemProperties(3317, 8190, 3035);
    try {
      EmbeddedKeycloak.deleteTree(settings.home().resolve("mariadb-data"));
      started.push(EmbeddedMariaDb.start(settings.home(), settings.dbPort()));
      started.push(EmbeddedKeycloak.start(settings, true));
      RealmSettings.hashPasswordsFast(settings, FAST_HASHING);
      started.push(MailSink.start(settings.smtpPort(), null));
    } catch (Exception e) {
      launcherSessionClosed(session);
      throw new IllegalStateException("could not start the test database and Keycloak", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
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
