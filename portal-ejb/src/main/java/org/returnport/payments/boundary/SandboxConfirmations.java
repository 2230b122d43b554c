package org.returnport.payments.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;

/**
 * The sandbox gateway's own clock: every second it confirms the pending refunds whose delay has
 * passed, each with a notice, as a real gateway's webhook would. Kept in its books, so a pending
 * refund is confirmed after a restart too; on two servers each refund is confirmed once (the books
 * lock the entry and confirm only a pending one).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SandboxConfirmations {

  private static final Logger LOG = Logger.getLogger(SandboxConfirmations.class.getName());

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  @Inject SandboxBooks books;

  @Inject TenantJobs tenantJobs;

  @Inject Tenants tenants;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void confirm() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (Due due : due(Instant.now())) {
        tenants
            .findBySlug(due.store())
            .ifPresent(
                store ->
                    tenantJobs.actFor(
                        store,
                        () -> {
                          books.confirmPending(due.entryId());
                          return null;
                        }));
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Sandbox refunds could not be confirmed; the next run tries again", e);
    } finally {
      running.set(false);
    }
  }

  private List<Due> due(Instant now) throws SQLException {
    List<Due> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT ID, STORE_SLUG FROM SANDBOX_BOOK WHERE SETTLES_AT <= ?"
                    + " ORDER BY SETTLES_AT LIMIT 500")) {
      query.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          due.add(new Due(rows.getLong(1), rows.getString(2)));
        }
      }
    }
    return due;
  }

  private record Due(long entryId, String store) {}
}
