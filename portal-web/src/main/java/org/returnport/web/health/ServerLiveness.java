package org.returnport.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head-room; a server that is out of memory should be restarted. Says only
 * UP or DOWN: the health address is public, and how much memory a server uses is for its operator
 * (JMX, {@code asadmin generate-jvm-report}), not for everyone.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

  private static final double MAX_HEAP_USE = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    double share = (double) used / runtime.maxMemory();
    return HealthCheckResponse.named("heap").status(share < MAX_HEAP_USE).build();
  }
}
