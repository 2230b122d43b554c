package org.returnport.payments.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.payments.control.RefundTasks;
import org.returnport.payments.control.RefundTasks.Claim;

/**
 * Sends the refunds that are due, on every server, every second: requested ones, ones whose answer
 * was lost, pending ones to ask about, and ones a dead server held when its lease ended. Refunds
 * are claimed and leased ({@link RefundTasks}), so several servers share the work without taking
 * the same refund; the payout key as idempotency key, and asking before sending again, keep a
 * refund from going out twice even when a lease runs out under a slow server.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundWorker {

  private static final Logger LOG = Logger.getLogger(RefundWorker.class.getName());

  @Inject RefundTasks tasks;

  @Inject RefundSender sender;

  @Inject
  @ConfigProperty(name = "returnport.refunds.lease", defaultValue = "PT2M")
  String lease;

  @Inject
  @ConfigProperty(name = "returnport.refunds.retry-after", defaultValue = "PT30S")
  String retryAfter;

  @Inject
  @ConfigProperty(name = "returnport.refunds.pending-recheck", defaultValue = "PT10M")
  String pendingRecheck;

  @Inject
  @ConfigProperty(name = "returnport.refunds.batch-size", defaultValue = "40")
  int batchSize;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void work() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      drain(Instant.now().plusSeconds(50));
    } finally {
      running.set(false);
    }
  }

  /** Sends due refunds until none is due or the time is up; answers how many were taken. */
  public int drain(Instant deadline) {
    RefundSender.Pace pace =
        new RefundSender.Pace(Duration.parse(retryAfter), Duration.parse(pendingRecheck));
    int taken = 0;
    try {
      while (Instant.now().isBefore(deadline)) {
        List<Claim> claimed =
            tasks.claim(Math.max(1, batchSize), Instant.now(), Duration.parse(lease));
        if (claimed.isEmpty()) {
          break;
        }
        taken += claimed.size();
        List<Future<Void>> sending = new ArrayList<>();
        for (Claim claim : claimed) {
          sending.add(sender.sendLater(claim, pace));
        }
        for (Future<Void> one : sending) {
          one.get();
        }
      }
    } catch (SQLException | ExecutionException e) {
      LOG.log(Level.WARNING, "Refunds could not be read; the next run tries again", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return taken;
  }
}
