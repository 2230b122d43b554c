package org.returnport.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the embedded servers keep their files and which ports they use. The run command and the
 * integration tests use different homes and ports, so that tests never touch the demo data.
 */
record StackSettings(
    Path home,
    Path keycloakHome,
    Path keycloakZip,
    Path realmFile,
    Path payaraHome,
    Path ear,
    int dbPort,
    int keycloakPort,
    int smtpPort) {

  static final String DB_NAME = "returnport";
  static final String DB_USER = "returnport";
  static final String DB_PASSWORD = "returnport";
  static final String ADMIN_CLIENT_SECRET = "returnport-admin-dev-secret";
  static final String PORTAL_CLIENT_SECRET = "returnport-portal-dev-secret";
  static final String LINK_SECRET = "returnport-link-dev-secret";
  static final String PUBLIC_URL = "http://localhost:" + PayaraServer.HTTP_PORT;

  static StackSettings fromSystemProperties(
      int defaultDbPort, int defaultKeycloakPort, int defaultSmtpPort) {
    return new StackSettings(
        Path.of(required("returnport.stack.home")),
        Path.of(required("returnport.keycloak.home")),
        Path.of(required("returnport.keycloak.zip")),
        Path.of(required("returnport.realm.file")),
        Path.of(required("payara.home")),
        Path.of(required("returnport.ear")),
        Integer.getInteger("returnport.db.port", defaultDbPort),
        Integer.getInteger("returnport.keycloak.port", defaultKeycloakPort),
        Integer.getInteger("returnport.smtp.port", defaultSmtpPort));
  }

  /** Keycloak's login theme, kept beside the realm file (the production image takes it too). */
  Path keycloakThemes() {
    return realmFile.getParent().resolve("themes");
  }

  /**
   * The provider that puts the store on Keycloak's login pages (module docker/keycloak/provider).
   */
  Path keycloakProvider() {
    return Path.of(required("returnport.keycloak.provider"));
  }

  String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  /**
   * The values of the placeholders in the realm file, which Keycloak substitutes from its
   * environment when it imports the realm: production supplies its own.
   */
  Map<String, String> realmEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("RETURNPORT_OIDC_CLIENT_SECRET", PORTAL_CLIENT_SECRET);
    env.put("RETURNPORT_KEYCLOAK_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
    env.put("RETURNPORT_PUBLIC_URL", PUBLIC_URL);
    return env;
  }

  /** The environment Payara runs with: the same variables the container image documents. */
  Map<String, String> applicationEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "RETURNPORT_DB_URL",
        "jdbc:mysql://localhost:" + dbPort + "/" + DB_NAME + "?sslMode=DISABLED");
    env.put("RETURNPORT_DB_USER", DB_USER);
    env.put("RETURNPORT_DB_PASSWORD", DB_PASSWORD);
    env.put("RETURNPORT_KEYCLOAK_URL", keycloakUrl());
    env.put("RETURNPORT_KEYCLOAK_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
    env.put("RETURNPORT_OIDC_CLIENT_SECRET", PORTAL_CLIENT_SECRET);
    env.put("RETURNPORT_LINK_SECRET", LINK_SECRET);
    env.put("RETURNPORT_SMTP_HOST", "localhost");
    env.put("RETURNPORT_SMTP_PORT", String.valueOf(smtpPort));
    // Parcels on their way are read from the sandbox carrier every few seconds, so that the demo's
    // parcels move soon after their sandbox time comes (the tests' Payara: see ear/pom.xml).
    env.put("RETURNPORT_PARCELS_POLL_INTERVAL", "PT3S");
    // A pending sandbox refund is confirmed, and a refund the gateway missed is tried again, within
    // seconds, so that the demo's refunds settle while one watches.
    env.put("RETURNPORT_SANDBOX_REFUND_DELAY", "PT5S");
    env.put("RETURNPORT_REFUNDS_RETRY_AFTER", "PT5S");
    // The demo may send webhooks out to a receiver on this machine (http://localhost:...).
    env.put("RETURNPORT_WEBHOOKS_ALLOW_HTTP_LOCALHOST", "true");
    return env;
  }

  /**
   * The class path of the run command and the tests, for the JVMs they start (the build passes it,
   * since the run command runs inside Maven's JVM, whose own class path is Maven's).
   */
  static String classpath() {
    return System.getProperty("returnport.classpath", System.getProperty("java.class.path"));
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("system property " + name + " is not set");
    }
    return value;
  }
}
