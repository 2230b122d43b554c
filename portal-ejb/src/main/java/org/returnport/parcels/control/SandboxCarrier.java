package org.returnport.parcels.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnport.logistics.control.ReturnLabel;
import org.returnport.logistics.entity.Shipment;
import org.returnport.parcels.control.SandboxPlan.Scenario;
import org.returnport.parcels.entity.CarrierScan;
import org.returnport.policy.entity.Regions;

/**
 * A carrier for the demo, development and tests that behaves like a real one: it keeps its own
 * records of the shipments it booked (table {@code SANDBOX_SHIPMENT}, as a carrier's systems
 * would), issues tracking numbers and a printable label, and moves every parcel through its scans
 * on the {@link SandboxClock} at its pace (how long a sandbox day lasts, {@code
 * returnport.sandbox.day}: a day by default, a minute in the run command so the demo's parcels move
 * while one watches). What happens to a parcel is decided by {@link SandboxPlan}: from its tracking
 * number, or from a magic word in the sender's address.
 */
@ApplicationScoped
public class SandboxCarrier implements Carrier {

  public static final String CODE = "sandbox";
  private static final String PREFIX = "SBX";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource(lookup = "java:app/jdbc/returnport")
  DataSource dataSource;

  @Inject SandboxClock clock;

  @Inject
  @ConfigProperty(name = "returnport.sandbox.day", defaultValue = "PT24H")
  String day;

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String name() {
    return "Sandbox Post";
  }

  @Override
  public boolean polled() {
    return true;
  }

  @Override
  public Booking book(Shipment shipment, String bookingKey) throws CarrierException {
    if (shipment.from().address() != null
        && shipment.from().address().toUpperCase(Locale.ROOT).contains("SANDBOX-UNSERVED")) {
      throw new CarrierException("Sandbox Post does not collect from this address", true);
    }
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> earlier = trackingNumberOf(connection, bookingKey);
      String trackingNumber = earlier.orElseGet(SandboxCarrier::newTrackingNumber);
      if (earlier.isEmpty()) {
        Scenario scenario =
            Scenario.of(
                shipment.from().address(),
                trackingNumber,
                customsBorder(shipment.from().country(), shipment.to().country()));
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO SANDBOX_SHIPMENT (TRACKING_NUMBER, BOOKING_KEY, BOOKED_AT,"
                    + " FROM_COUNTRY, TO_COUNTRY, FROM_CITY, TO_CITY, SCENARIO)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, trackingNumber);
          insert.setString(2, bookingKey);
          insert.setObject(3, utc(clock.instant()));
          insert.setString(4, shipment.from().country());
          insert.setString(5, shipment.to().country());
          insert.setString(6, city(shipment.from()));
          insert.setString(7, city(shipment.to()));
          insert.setString(8, scenario.name());
          insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
          // Another server booked the same key at the same moment: its booking is the one.
          trackingNumber =
              trackingNumberOf(connection, bookingKey)
                  .orElseThrow(() -> new CarrierException("booking conflict", false));
        }
      }
      Shipment withCarrier =
          new Shipment(
              shipment.storeName(),
              shipment.rma(),
              shipment.orderNumber(),
              shipment.from(),
              shipment.to(),
              name(),
              shipment.shipBy(),
              shipment.currency(),
              shipment.items());
      return new Booking(
          trackingNumber, "application/pdf", ReturnLabel.render(withCarrier, trackingNumber));
    } catch (SQLException e) {
      throw new CarrierException("Sandbox Post is unavailable: " + e.getMessage(), false);
    }
  }

  @Override
  public void cancel(String trackingNumber) throws CarrierException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE SANDBOX_SHIPMENT SET CANCELLED_AT = ?"
                    + " WHERE TRACKING_NUMBER = ? AND CANCELLED_AT IS NULL")) {
      update.setObject(1, utc(clock.instant()));
      update.setString(2, trackingNumber);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new CarrierException("Sandbox Post is unavailable: " + e.getMessage(), false);
    }
  }

  @Override
  public List<CarrierScan> tracking(String trackingNumber) throws CarrierException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT BOOKED_AT, FROM_COUNTRY, TO_COUNTRY, FROM_CITY, TO_CITY, SCENARIO,"
                    + " CANCELLED_AT FROM SANDBOX_SHIPMENT WHERE TRACKING_NUMBER = ?")) {
      query.setString(1, trackingNumber);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new CarrierException("Sandbox Post knows no parcel " + trackingNumber, true);
        }
        if (row.getObject(7) != null) {
          return List.of();
        }
        Instant bookedAt = row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        Instant now = clock.instant();
        return SandboxPlan.scans(
                trackingNumber,
                Scenario.valueOf(row.getString(6)),
                customsBorder(row.getString(2), row.getString(3)),
                row.getString(4),
                row.getString(5),
                bookedAt,
                Duration.parse(day))
            .stream()
            .filter(scan -> !scan.at().isAfter(now))
            .toList();
      }
    } catch (SQLException e) {
      throw new CarrierException("Sandbox Post is unavailable: " + e.getMessage(), false);
    }
  }

  private static Optional<String> trackingNumberOf(Connection connection, String bookingKey)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT TRACKING_NUMBER FROM SANDBOX_SHIPMENT WHERE BOOKING_KEY = ?")) {
      query.setString(1, bookingKey);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  /** {@code SBX} and 12 digits, the last a check digit (mod 10 of the others' weighted sum). */
  static String newTrackingNumber() {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
    }
    return PREFIX + digits + (10 - sum % 10) % 10;
  }

  /** Whether a parcel between the two countries goes through customs (not within the EU). */
  static boolean customsBorder(String from, String to) {
    boolean bothInTheEu = Regions.fit("EU", from) == 2 && Regions.fit("EU", to) == 2;
    return !from.equals(to) && !bothInTheEu;
  }

  /** The city a scan names: the address's last line without its postal code. */
  static String city(Shipment.Party party) {
    String address = party.address() == null ? "" : party.address().strip();
    String[] parts = address.split("[\\n,]");
    String last = parts[parts.length - 1].replaceAll("[0-9]", "").strip();
    String city = last.isEmpty() ? party.country() : last + ", " + party.country();
    return city.length() <= 100 ? city : city.substring(0, 100);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
