package org.returnport.notify.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
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
import org.returnport.notify.control.OutboxClaims;
import org.returnport.notify.control.OutboxClaims.Claim;
import org.returnport.notify.control.OutboxClaims.Due;
import org.returnport.notify.control.SmtpMail;
import org.returnport.notify.entity.OutboxMessage;

/**
 * Delivers the outbox on every server. Every few seconds a run starts a few senders in parallel,
 * each with its own SMTP connection; a sender claims a batch of due messages (see {@link
 * OutboxClaims}: no two servers take the same message, and none is lost when a server dies), sends
 * them one by one, records each outcome, and claims the next batch until nothing is due or the run
 * has used its time. A peak therefore drains at the speed of the connections instead of one batch
 * per run, and a run never lasts longer than its budget.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ManagedExecutorDefinition(name = OutboxWorker.SENDERS, maxAsync = OutboxWorker.MAX_CONNECTIONS)
public class OutboxWorker {

  static final String SENDERS = "java:app/concurrent/ReturnportMailSenders";

  /** The most SMTP connections one server opens at once, whatever the configuration says. */
  static final int MAX_CONNECTIONS = 16;

  /**
   * A claim is sent only while this much of its lease is left: enough for one message even when the
   * SMTP server answers at the last moment of its time-outs.
   */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(60);

  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @Resource(lookup = SENDERS)
  ManagedExecutorService senders;

  @Inject OutboxClaims claims;

  @Inject SmtpMail mail;

  @Inject
  @ConfigProperty(name = "returnport.mail.connections", defaultValue = "4")
  int connections;

  @Inject
  @ConfigProperty(name = "returnport.mail.batch-size", defaultValue = "25")
  int batchSize;

  @Inject
  @ConfigProperty(name = "returnport.mail.run-seconds", defaultValue = "60")
  int runSeconds;

  @Inject
  @ConfigProperty(name = "returnport.mail.lease-seconds", defaultValue = "300")
  int leaseSeconds;

  private final Clock clock = Clock.systemUTC();

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void deliver() {
    // A run still draining a peak when the next one is due keeps the connections it has.
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant start = clock.instant();
      Instant deadline = start.plusSeconds(Math.max(1, runSeconds));
      List<Future<Integer>> started = new ArrayList<>();
      for (int i = 0; i < Math.max(1, Math.min(connections, MAX_CONNECTIONS)); i++) {
        started.add(senders.submit(() -> sendWhileDue(deadline)));
      }
      int sent = 0;
      for (Future<Integer> sender : started) {
        sent += outcome(sender);
      }
      if (sent > 0) {
        int total = sent;
        LOG.fine(
            () ->
                "Sent "
                    + total
                    + " e-mails in "
                    + Duration.between(start, clock.instant()).toMillis()
                    + " ms");
      }
    } finally {
      running.set(false);
    }
  }

  /** Waits for a sender to end, so that a run never leaves connections behind it. */
  private static int outcome(Future<Integer> sender) {
    try {
      return sender.get();
    } catch (InterruptedException e) {
      sender.cancel(true);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "An outbox sender stopped; the next run goes on", e.getCause());
    }
    return 0;
  }

  /** One sender: its own SMTP connection, opened when there is something to send. */
  private int sendWhileDue(Instant deadline) {
    Duration lease = Duration.ofSeconds(Math.max(leaseSeconds, 2 * LEASE_MARGIN.toSeconds()));
    int sent = 0;
    SmtpMail.Connection smtp = null;
    try {
      while (clock.instant().isBefore(deadline)) {
        Claim claim;
        try {
          claim = claims.claim(Math.max(1, batchSize), clock.instant(), lease);
        } catch (SQLTransactionRollbackException e) {
          // The database chose this claim as a deadlock victim and took nothing: claim anew.
          LOG.log(Level.FINE, "Claim rolled back; claiming again", e);
          continue;
        }
        if (claim.isEmpty()) {
          break;
        }
        List<Due> messages = claim.messages();
        for (int i = 0; i < messages.size(); i++) {
          Due due = messages.get(i);
          if (!claim.heldAt(clock.instant(), LEASE_MARGIN)) {
            claims.release(claim, messages.subList(i, messages.size()), clock.instant());
            break;
          }
          if (smtp == null) {
            try {
              smtp = mail.connect();
            } catch (MessagingException e) {
              for (Due unsent : messages.subList(i, messages.size())) {
                claims.failed(claim, unsent, clock.instant(), e);
              }
              return sent;
            }
          }
          try {
            smtp.send(due.eventId(), OutboxMessage.readMail(due.payload()));
          } catch (MessagingException | RuntimeException e) {
            claims.failed(claim, due, clock.instant(), e);
            if (!smtp.isConnected()) {
              close(smtp);
              smtp = null;
            }
            continue;
          }
          claims.sent(claim, due, clock.instant());
          sent++;
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The outbox could not be read; the next run tries again", e);
    } finally {
      close(smtp);
    }
    return sent;
  }

  private static void close(SmtpMail.Connection smtp) {
    if (smtp == null) {
      return;
    }
    try {
      smtp.close();
    } catch (MessagingException e) {
      LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
    }
  }
}
