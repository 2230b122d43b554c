package org.returnport.parcels.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.parcels.control.Carrier;
import org.returnport.parcels.control.CarrierException;
import org.returnport.parcels.control.CarrierTasks;
import org.returnport.parcels.control.CarrierTasks.Task;
import org.returnport.parcels.control.Carriers;
import org.returnport.parcels.entity.CarrierScan;
import org.returnport.tenant.boundary.TenantJobs;
import org.returnport.tenant.boundary.Tenants;

/**
 * Does the carrier work on every server: books parcels (retrying with back-off while a carrier is
 * down), cancels bookings, and reads the tracking of parcels on their way from carriers that are
 * polled, every few seconds. Tasks are claimed and leased ({@link CarrierTasks}), so several
 * servers share the work without doing any of it twice while a lease holds.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CarrierWorker {

  private static final Logger LOG = Logger.getLogger(CarrierWorker.class.getName());
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Inject CarrierTasks tasks;

  @Inject Carriers carriers;

  @Inject ParcelDesk desk;

  @Inject TenantJobs tenantJobs;

  @Inject Tenants tenants;

  @Inject
  @ConfigProperty(name = "returnport.parcels.poll-interval", defaultValue = "PT5M")
  String pollInterval;

  @Inject
  @ConfigProperty(name = "returnport.parcels.batch-size", defaultValue = "50")
  int batchSize;

  private final Clock clock = Clock.systemUTC();

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void work() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant deadline = clock.instant().plusSeconds(60);
      while (clock.instant().isBefore(deadline)) {
        List<Task> claimed = tasks.claim(Math.max(1, batchSize), clock.instant(), LEASE);
        if (claimed.isEmpty()) {
          break;
        }
        for (Task task : claimed) {
          do1(task);
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Carrier work could not be read; the next run tries again", e);
    } finally {
      running.set(false);
    }
  }

  private void do1(Task task) throws SQLException {
    Optional<org.returnport.tenant.entity.Tenant> store = tenants.findBySlug(task.store());
    if (store.isEmpty()) {
      tasks.done(task, clock.instant());
      return;
    }
    try {
      tenantJobs.actFor(
          store.get(),
          () -> {
            try {
              switch (task.kind()) {
                case BOOK -> book(task);
                case CANCEL -> cancel(task);
                case POLL -> poll(task);
              }
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Carrier work "
              + task.kind()
              + " of parcel "
              + task.parcelId()
              + " in "
              + task.store()
              + " failed; it is tried again",
          e);
      tasks.failed(task, clock.instant(), String.valueOf(e.getMessage()));
    }
  }

  private void book(Task task) throws SQLException {
    Optional<ParcelDesk.BookingOrder> order = desk.toBook(task.parcelId());
    if (order.isEmpty()) {
      tasks.done(task, clock.instant());
      return;
    }
    Optional<Carrier> carrier = carriers.find(order.get().carrier());
    if (carrier.isEmpty()) {
      desk.bookingFailed(task.parcelId(), "no carrier " + order.get().carrier(), true);
      tasks.done(task, clock.instant());
      return;
    }
    Carrier.Booking booking;
    try {
      booking = carrier.get().book(order.get().shipment(), order.get().bookingKey());
    } catch (CarrierException e) {
      boolean givingUp = e.isPermanent() || task.attempts() + 1 >= CarrierTasks.MAX_ATTEMPTS;
      desk.bookingFailed(task.parcelId(), e.getMessage(), givingUp);
      LOG.warning(
          () ->
              "Booking parcel "
                  + task.parcelId()
                  + " with "
                  + carrier.get().code()
                  + (givingUp ? " refused for good: " : " failed, will retry: ")
                  + e.getMessage());
      if (givingUp) {
        tasks.done(task, clock.instant());
      } else {
        tasks.failed(task, clock.instant(), e.getMessage());
      }
      return;
    }
    if (!desk.booked(task.parcelId(), booking, carrier.get().polled(), clock.instant())) {
      // Cancelled while the carrier was booking: the booking must not stay open.
      cancelAt(carrier.get(), booking.trackingNumber());
    }
    tasks.done(task, clock.instant());
  }

  private void cancel(Task task) throws SQLException {
    Optional<ParcelDesk.Tracked> parcel = desk.toTrack(task.parcelId());
    Optional<Carrier> carrier = parcel.flatMap(p -> carriers.find(p.carrier()));
    if (parcel.isPresent() && carrier.isPresent()) {
      try {
        carrier.get().cancel(parcel.get().trackingNumber());
      } catch (CarrierException e) {
        if (!e.isPermanent()) {
          tasks.failed(task, clock.instant(), e.getMessage());
          return;
        }
      }
    }
    tasks.done(task, clock.instant());
  }

  private void cancelAt(Carrier carrier, String trackingNumber) {
    try {
      carrier.cancel(trackingNumber);
    } catch (CarrierException e) {
      LOG.warning(() -> "Could not cancel " + trackingNumber + ": " + e.getMessage());
    }
  }

  private void poll(Task task) throws SQLException {
    Optional<ParcelDesk.Tracked> parcel = desk.toTrack(task.parcelId());
    Optional<Carrier> carrier = parcel.flatMap(p -> carriers.find(p.carrier()));
    if (parcel.isEmpty()
        || parcel.get().settled()
        || carrier.isEmpty()
        || !carrier.get().polled()) {
      tasks.done(task, clock.instant());
      return;
    }
    List<CarrierScan> scans;
    try {
      scans = carrier.get().tracking(parcel.get().trackingNumber());
    } catch (CarrierException e) {
      if (e.isPermanent()) {
        tasks.done(task, clock.instant());
      } else {
        tasks.failed(task, clock.instant(), e.getMessage());
      }
      return;
    }
    if (desk.tracked(task.parcelId(), scans, clock.instant())) {
      tasks.done(task, clock.instant());
    } else {
      tasks.again(task, clock.instant().plus(Duration.parse(pollInterval)));
    }
  }
}
