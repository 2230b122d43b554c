package org.returnport.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.returnport.persistence.SchemaMigrations;

/**
 * Ready when the database answers and the schema migrations have been applied. The answer is
 * public: it says UP or DOWN, and the reason goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  @Inject SchemaMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      String version = migrations.appliedVersion();
      return response.status(valid && version != null).build();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Database not ready", e);
      return response.down().build();
    }
  }
}
