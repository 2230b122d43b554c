package org.returnport.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.returnport.identity.control.KeycloakSettings;

/**
 * Ready when the realm's OpenID configuration can be read: without it nobody can sign in. The
 * answer is public: it says UP or DOWN, and the reason goes to the server log.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(KeycloakReadiness.class.getName());

  @Inject KeycloakSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("keycloak");
    URI discovery = URI.create(settings.realmUrl() + "/.well-known/openid-configuration");
    try {
      int status =
          http.send(
                  HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status != 200) {
        LOG.warning(() -> "Keycloak not ready: " + discovery + " answered " + status);
      }
      return response.status(status == 200).build();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak not ready: " + discovery, e);
      return response.down().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().build();
    }
  }
}
