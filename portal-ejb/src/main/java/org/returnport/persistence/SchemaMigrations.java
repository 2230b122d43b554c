package org.returnport.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date when the application starts, before any other bean touches the
 * database. Every module keeps its migrations under {@code db/migration/<module>}; the version
 * ranges do not overlap (portal 1.0xx, loyalty 1.1xx, forum 1.2xx). Flyway takes a database lock,
 * so several servers starting together migrate once.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  private volatile String appliedVersion;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .validateMigrationNaming(true)
            // A new portal migration (1.0xx) comes after a forum one (1.2xx) was applied: the
            // version ranges keep modules apart, not in time, so lower versions may come later.
            .outOfOrder(true)
            .load();
    var result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    appliedVersion = current == null ? "none" : current.getVersion().getVersion();
    LOG.info(
        () ->
            "Schema at version "
                + appliedVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The schema version reached at start, for the readiness check. */
  public String appliedVersion() {
    return appliedVersion;
  }
}
