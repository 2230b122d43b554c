package org.returnport.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The operator's settings for webhooks out. */
@ApplicationScoped
public class WebhookSettings {

  /**
   * The retry schedule's unit ({@code RETURNPORT_WEBHOOKS_RETRY_BASE}, ISO-8601, 5 s by default):
   * tests shrink it to run three days of retries in seconds.
   */
  @Inject
  @ConfigProperty(name = "returnport.webhooks.retry-base", defaultValue = "PT5S")
  Duration retryBase;

  /**
   * Whether plain http to localhost may be registered ({@code
   * RETURNPORT_WEBHOOKS_ALLOW_HTTP_LOCALHOST}): for tests and the demo only, never in production.
   */
  @Inject
  @ConfigProperty(name = "returnport.webhooks.allow-http-localhost", defaultValue = "false")
  boolean allowHttpLocalhost;

  public RetrySchedule schedule() {
    return new RetrySchedule(retryBase);
  }

  public boolean allowHttpLocalhost() {
    return allowHttpLocalhost;
  }
}
