package org.returnport.payments.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how the servers reach Stripe ({@code RETURNPORT_STRIPE_URL}, and short time-outs so
 * that a slow gateway holds no worker for long), shared by every store's {@link StripeGateway}.
 */
@ApplicationScoped
public class StripeConnection {

  @Inject
  @ConfigProperty(name = "returnport.stripe.url", defaultValue = "https://api.stripe.com")
  String url;

  @Inject
  @ConfigProperty(name = "returnport.stripe.connect-timeout", defaultValue = "PT3S")
  String connectTimeout;

  @Inject
  @ConfigProperty(name = "returnport.stripe.read-timeout", defaultValue = "PT10S")
  String readTimeout;

  @Inject
  @ConfigProperty(name = "returnport.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  private HttpClient http;

  @PostConstruct
  void connect() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.parse(connectTimeout))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The gateway for the account with this secret API key. */
  public StripeGateway gateway(String apiKey, String storeSlug) {
    return new StripeGateway(
        apiKey,
        URI.create(url),
        http,
        Duration.parse(readTimeout),
        URI.create(publicUrl.replaceAll("/+$", "") + "/s/" + storeSlug + "/"));
  }
}
