package org.returnport.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  private void asadmin(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(environment);
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("asadmin " + arguments[0] + " failed with exit code " + exit);
    }
  }

  @Override
  public void close() throws Exception {
    asadmin("stop-domain", DOMAIN);
  }
}
