package org.returnport.devstack;

/** What the run command prints once everything is up: where to go and how to sign in. */
final class Banner {

  static final String DEMO_ADMIN = "admin@demo.example";
  static final String DEMO_PASSWORD = "demo-admin-1";
  static final String OPERATOR = "operator@returnport.example";
  static final String OPERATOR_PASSWORD = "operator-demo-1";

  private Banner() {}

  static String text(StackSettings settings) {
    String web = "http://localhost:" + PayaraServer.HTTP_PORT;
    return String.join(
        System.lineSeparator(),
        "",
        "================ Returnport is running ================",
        "  Start page          " + web + "/",
        "  Demo shopper portal " + web + "/s/demo/",
        "  Merchant console    " + web + "/console/   (" + DEMO_ADMIN + " / " + DEMO_PASSWORD + ")",
        "  Platform operator   "
            + web
            + "/platform/tenants.xhtml   ("
            + OPERATOR
            + " / "
            + OPERATOR_PASSWORD
            + ")",
        "  Sign up a store     " + web + "/signup.xhtml",
        "  Health              " + web + "/health/ready",
        "  Keycloak admin      "
            + settings.keycloakUrl()
            + "/admin/   ("
            + EmbeddedKeycloak.ADMIN_USER
            + " / "
            + EmbeddedKeycloak.ADMIN_PASSWORD
            + ")",
        "  MariaDB             localhost:"
            + settings.dbPort()
            + " (returnport / returnport), data in "
            + settings.home(),
        "  E-mail (SMTP sink)  localhost:"
            + settings.smtpPort()
            + ", every message kept in "
            + settings.home().resolve("mail"),
        "  Press Ctrl-C to stop everything.",
        "=======================================================");
  }
}
