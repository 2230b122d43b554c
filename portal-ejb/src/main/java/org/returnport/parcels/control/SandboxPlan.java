package org.returnport.parcels.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.returnport.events.DelayCause;
import org.returnport.events.ParcelStage;
import org.returnport.parcels.entity.CarrierScan;

/**
 * What happens to a sandbox parcel, decided once from its tracking number (or from a magic word in
 * the sender's address, see {@link Scenario}) and therefore the same on every server and every time
 * it is asked. The journey is measured in sandbox days; how long a sandbox day lasts is the sandbox
 * carrier's pace. Delays are reported in real days, as a carrier would.
 */
public final class SandboxPlan {

  private SandboxPlan() {}

  /** What can happen to a parcel, and the magic word in the sender's address that asks for it. */
  public enum Scenario {
    ON_TIME("SANDBOX-ON-TIME"),
    CUSTOMS_DELAY("SANDBOX-DELAY-CUSTOMS"),
    WEATHER_DELAY("SANDBOX-DELAY-WEATHER"),
    STRIKE_DELAY("SANDBOX-DELAY-STRIKE"),
    CARRIER_EXCEPTION("SANDBOX-EXCEPTION"),
    SHOPPER_EXCEPTION("SANDBOX-REFUSED"),
    LOST("SANDBOX-LOST");

    private final String magicWord;

    Scenario(String magicWord) {
      this.magicWord = magicWord;
    }

    public String magicWord() {
      return magicWord;
    }

    /**
     * The scenario a magic word in the sender's address asks for; otherwise one drawn from the
     * tracking number: most parcels on time, some delayed (by customs only through a customs
     * border), some with an exception (mostly not the shopper's fault), a few lost.
     */
    public static Scenario of(String senderAddress, String trackingNumber, boolean throughCustoms) {
      String address = senderAddress == null ? "" : senderAddress.toUpperCase(Locale.ROOT);
      for (Scenario scenario : values()) {
        if (address.contains(scenario.magicWord)) {
          return scenario;
        }
      }
      int draw = Math.floorMod(seed(trackingNumber), 100);
      if (draw < 70) {
        return ON_TIME;
      }
      if (draw < 78) {
        return throughCustoms ? CUSTOMS_DELAY : WEATHER_DELAY;
      }
      if (draw < 84) {
        return WEATHER_DELAY;
      }
      if (draw < 88) {
        return STRIKE_DELAY;
      }
      if (draw < 94) {
        return CARRIER_EXCEPTION;
      }
      if (draw < 97) {
        return SHOPPER_EXCEPTION;
      }
      return LOST;
    }
  }

  /** One scan of the plan: when, in sandbox days after booking, and what it says. */
  public record Step(double day, CarrierScan scan) {}

  /**
   * The parcel's scans from booking to the end, their times counted from {@code bookedAt} with a
   * sandbox day lasting {@code day}.
   */
  public static List<CarrierScan> scans(
      String trackingNumber,
      Scenario scenario,
      boolean throughCustoms,
      String fromCity,
      String toCity,
      Instant bookedAt,
      Duration day) {
    long seed = seed(trackingNumber);
    // How many real days a delay lasts: 1 to 4, from the tracking number.
    int delay = 1 + (int) Math.floorMod(seed >>> 8, 4);
    List<Step> steps = new ArrayList<>();
    double t = 0.4 + Math.floorMod(seed >>> 16, 5) / 10.0;
    steps.add(step(t, "SB-PICKUP", ParcelStage.PICKED_UP, fromCity, "Parcel picked up", 0, null));
    t += 0.6;
    steps.add(
        step(t, "SB-DEPART", ParcelStage.IN_TRANSIT, fromCity, "Departed sorting centre", 0, null));
    if (scenario == Scenario.WEATHER_DELAY || scenario == Scenario.STRIKE_DELAY) {
      t += 0.5;
      boolean weather = scenario == Scenario.WEATHER_DELAY;
      steps.add(
          step(
              t,
              weather ? "SB-WEATHER" : "SB-STRIKE",
              ParcelStage.DELAYED,
              fromCity,
              weather
                  ? "Delayed by severe weather, about " + days(delay)
                  : "Delayed by industrial action at the carrier, about " + days(delay),
              delay,
              weather ? DelayCause.WEATHER : DelayCause.STRIKE));
      t += delay;
    }
    if (scenario == Scenario.LOST) {
      t += 2;
      steps.add(
          step(
              t,
              "SB-TRACE",
              ParcelStage.DELAYED,
              null,
              "No scan for two days, a search was started",
              2,
              DelayCause.CARRIER));
      t += 5;
      steps.add(step(t, "SB-LOST", ParcelStage.LOST, null, "Parcel declared lost", 0, null));
      return timed(steps, bookedAt, day);
    }
    if (throughCustoms) {
      t += 1;
      steps.add(
          step(
              t, "SB-CUSTOMS", ParcelStage.CUSTOMS, toCity, "Held for customs clearance", 0, null));
      if (scenario == Scenario.CUSTOMS_DELAY) {
        t += 0.5;
        steps.add(
            step(
                t,
                "SB-CUSTOMS-HOLD",
                ParcelStage.DELAYED,
                toCity,
                "Customs inspection, delayed about " + days(delay),
                delay,
                DelayCause.CUSTOMS));
        t += delay;
      }
      t += 0.5;
      steps.add(step(t, "SB-CLEARED", ParcelStage.IN_TRANSIT, toCity, "Cleared customs", 0, null));
    }
    t += 1;
    steps.add(
        step(t, "SB-ARRIVE", ParcelStage.IN_TRANSIT, toCity, "Arrived at delivery depot", 0, null));
    if (scenario == Scenario.CARRIER_EXCEPTION) {
      t += 0.3;
      steps.add(
          step(
              t,
              "SB-DAMAGED",
              ParcelStage.DELAYED,
              toCity,
              "Label damaged in sorting, parcel relabelled, about " + days(delay) + " late",
              delay,
              DelayCause.CARRIER));
      t += delay;
    }
    if (scenario == Scenario.SHOPPER_EXCEPTION) {
      t += 0.3;
      steps.add(
          step(
              t,
              "SB-POSTAGE",
              ParcelStage.DELAYED,
              toCity,
              "Held: parcel over the booked weight, sender contacted, about " + days(delay),
              delay,
              DelayCause.SHOPPER));
      t += delay;
    }
    t += 0.5;
    steps.add(
        step(
            t,
            "SB-OUT",
            ParcelStage.OUT_FOR_DELIVERY,
            toCity,
            "Out for delivery to the returns hub",
            0,
            null));
    t += 0.3;
    steps.add(
        step(t, "SB-DELIVERED", ParcelStage.DELIVERED, toCity, "Delivered to the hub", 0, null));
    return timed(steps, bookedAt, day);
  }

  private static String days(int days) {
    return days == 1 ? "1 day" : days + " days";
  }

  private static Step step(
      double day,
      String code,
      ParcelStage stage,
      String location,
      String words,
      int delayDays,
      DelayCause cause) {
    // The time is filled in by timed(); the epoch is a placeholder the record requires.
    return new Step(
        day, new CarrierScan(code, stage, Instant.EPOCH, location, words, delayDays, cause));
  }

  private static List<CarrierScan> timed(List<Step> steps, Instant bookedAt, Duration day) {
    return steps.stream()
        .map(
            step -> {
              CarrierScan s = step.scan();
              Instant at =
                  bookedAt
                      .plusMillis(Math.round(step.day() * day.toMillis()))
                      .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
              return new CarrierScan(
                  s.code(), s.stage(), at, s.location(), s.words(), s.delayDays(), s.delayCause());
            })
        .toList();
  }

  /** A number drawn from the tracking number, the same everywhere. */
  static long seed(String trackingNumber) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(trackingNumber.getBytes(StandardCharsets.UTF_8));
      long seed = 0;
      for (int i = 0; i < 8; i++) {
        seed = (seed << 8) | (hash[i] & 0xff);
      }
      return seed;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
