package org.returnport.limits.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deletes counts nobody reads any more, every few minutes on every server. Running it on several
 * servers at once is harmless: each delete removes only expired rows, in small batches so that no
 * count waits long for a lock.
 */
@Stateless
public class RateCounterPurge {

  static final int BATCH = 5_000;
  private static final Logger LOG = Logger.getLogger(RateCounterPurge.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void purge() {
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM RATE_COUNTER WHERE EXPIRES_AT < ? LIMIT " + BATCH)) {
      delete.setObject(1, now);
      int deleted;
      do {
        deleted = delete.executeUpdate();
      } while (deleted == BATCH);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Old rate counts could not be deleted; the next run tries again", e);
    }
  }
}
