package org.returnport.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Payara Server 6 (unpacked from Maven Central by the build) driven with asadmin: start the domain
 * with the application's environment, deploy the EAR, stop. The run command has a domain of its
 * own, so that what it deploys never meets the integration tests, which use domain1.
 */
final class PayaraServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
  static final int HTTP_PORT = 8080;
  private static final String DOMAIN = "returnport";

  private final Path home;
  private final Map<String, String> environment;
  private ProcessHandle server;

  private PayaraServer(Path home, Map<String, String> environment) {
    this.home = home;
    this.environment = environment;
  }

  static PayaraServer startAndDeploy(StackSettings settings, Map<String, String> extraEnvironment)
      throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(settings.applicationEnvironment());
    environment.putAll(extraEnvironment);
    PayaraServer payara = new PayaraServer(settings.payaraHome(), environment);
    // A fresh domain each time: the last run's deployment, or what a killed server left behind,
    // would otherwise be loaded first and can block the new one. All data lives in the database.
    EmbeddedKeycloak.deleteTree(settings.payaraHome().resolve("glassfish/domains/" + DOMAIN));
    payara.asadmin(
        "create-domain",
        "--nopassword=true",
        "--adminport=4848",
        "--instanceport=" + HTTP_PORT,
        DOMAIN);
    payara.asadmin("start-domain", DOMAIN);
    try {
      payara.server = payara.serverProcess();
      payara.asadmin("deploy", "--name=returnport", settings.ear().toString());
      EmbeddedKeycloak.waitUntilReady(
          URI.create("http://localhost:" + HTTP_PORT + "/health/ready"),
          null,
          Duration.ofMinutes(3));
    } catch (Exception e) {
      payara.close();
      throw e;
    }
    LOG.info("Payara ready with Returnport deployed");
    return payara;
  }

  /** The domain's JVM, which asadmin started and left running, from the pid file it writes. */
  private ProcessHandle serverProcess() throws IOException {
    Path pidFile = home.resolve("glassfish/domains/" + DOMAIN + "/config/pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    return ProcessHandle.of(pid)
        .orElseThrow(() -> new IllegalStateException("Payara ended right after it started"));
  }

  Path logFile() {
    return home.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
  }

  /** Ends when Payara's JVM has ended, for whatever reason. */
  CompletableFuture<?> exited() {
    return server.onExit();
  }

  private void asadmin(String... arguments) throws IOException, InterruptedException {
    int exit = command(arguments).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("asadmin " + arguments[0] + " failed with exit code " + exit);
    }
  }

  private ProcessBuilder command(String... arguments) {
    // In a session of its own, so that Ctrl-C reaches only the run command, which then stops
    // Payara with stop-domain: the server JVM that start-domain leaves behind inherits the session.
    List<String> command = new ArrayList<>(NewSession.prefix());
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    return builder;
  }

  @Override
  public void close() throws Exception {
    if (server != null && !server.isAlive()) {
      LOG.info("Payara had already stopped");
      return;
    }
    Process stop = command("stop-domain", DOMAIN).redirectErrorStream(true).start();
    String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (stop.waitFor() != 0) {
      LOG.warning(() -> "asadmin stop-domain failed: " + output);
    }
    if (server != null && server.isAlive()) {
      server.destroy();
      try {
        server.onExit().get(1, TimeUnit.MINUTES);
      } catch (TimeoutException e) {
        server.destroyForcibly();
      }
    }
  }

  @Override
  public String toString() {
    return "Payara";
  }
}
